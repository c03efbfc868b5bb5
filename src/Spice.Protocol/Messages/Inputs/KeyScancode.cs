using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_KEY_SCANCODE: raw scancode bytes.</summary>
public sealed record KeyScancode : ISpiceMessage<KeyScancode>
{
    public ushort MessageType => (ushort)InputsClientMessageType.KeyScancode;

    public ReadOnlyMemory<byte> Data { get; init; }

    public static KeyScancode Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<KeyScancode>(body);

    public static KeyScancode Read(ref SpiceReader r)
    {
        var data = r.ReadRemainingMemory();
        return new KeyScancode { Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteBytes(Data.Span);
    }
}
