using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_MOUSE_RELEASE.</summary>
public sealed record MouseRelease : ISpiceMessage<MouseRelease>
{
    public ushort MessageType => (ushort)InputsClientMessageType.MouseRelease;

    public MouseButton Button { get; init; }

    public MouseButtonMask ButtonsState { get; init; }

    public static MouseRelease Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MouseRelease>(body);

    public static MouseRelease Read(ref SpiceReader r)
    {
        var button = (MouseButton)r.ReadByte();
        var buttonsState = (MouseButtonMask)r.ReadUInt16();
        return new MouseRelease { Button = button, ButtonsState = buttonsState };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Button);
        w.WriteUInt16((ushort)ButtonsState);
    }
}
