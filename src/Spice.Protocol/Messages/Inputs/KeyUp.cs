using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_KEY_UP.</summary>
public sealed record KeyUp : ISpiceMessage<KeyUp>
{
    public ushort MessageType => (ushort)InputsClientMessageType.KeyUp;

    public uint Code { get; init; }

    public static KeyUp Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<KeyUp>(body);

    public static KeyUp Read(ref SpiceReader r)
    {
        var code = r.ReadUInt32();
        return new KeyUp { Code = code };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Code);
    }
}
