using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_MOUSE_PRESS.</summary>
public sealed record MousePress : ISpiceMessage<MousePress>
{
    public ushort MessageType => (ushort)InputsClientMessageType.MousePress;

    public MouseButton Button { get; init; }

    public MouseButtonMask ButtonsState { get; init; }

    public static MousePress Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MousePress>(body);

    public static MousePress Read(ref SpiceReader r)
    {
        var button = (MouseButton)r.ReadByte();
        var buttonsState = (MouseButtonMask)r.ReadUInt16();
        return new MousePress { Button = button, ButtonsState = buttonsState };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Button);
        w.WriteUInt16((ushort)ButtonsState);
    }
}
