using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_MOUSE_MOTION (server mouse mode).</summary>
public sealed record MouseMotion : ISpiceMessage<MouseMotion>
{
    public ushort MessageType => (ushort)InputsClientMessageType.MouseMotion;

    public int Dx { get; init; }

    public int Dy { get; init; }

    public MouseButtonMask ButtonsState { get; init; }

    public static MouseMotion Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MouseMotion>(body);

    public static MouseMotion Read(ref SpiceReader r)
    {
        var dx = r.ReadInt32();
        var dy = r.ReadInt32();
        var buttonsState = (MouseButtonMask)r.ReadUInt16();
        return new MouseMotion { Dx = dx, Dy = dy, ButtonsState = buttonsState };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteInt32(Dx);
        w.WriteInt32(Dy);
        w.WriteUInt16((ushort)ButtonsState);
    }
}
