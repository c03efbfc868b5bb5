using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_KEY_DOWN: a PC AT (set 1) scancode, extended codes as 0xe0 | code << 8.</summary>
public sealed record KeyDown : ISpiceMessage<KeyDown>
{
    public ushort MessageType => (ushort)InputsClientMessageType.KeyDown;

    public uint Code { get; init; }

    public static KeyDown Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<KeyDown>(body);

    public static KeyDown Read(ref SpiceReader r)
    {
        var code = r.ReadUInt32();
        return new KeyDown { Code = code };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Code);
    }
}
