using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_MOUSE_POSITION (client mouse mode).</summary>
public sealed record MousePosition : ISpiceMessage<MousePosition>
{
    public ushort MessageType => (ushort)InputsClientMessageType.MousePosition;

    public uint X { get; init; }

    public uint Y { get; init; }

    public MouseButtonMask ButtonsState { get; init; }

    public byte DisplayId { get; init; }

    public static MousePosition Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MousePosition>(body);

    public static MousePosition Read(ref SpiceReader r)
    {
        var x = r.ReadUInt32();
        var y = r.ReadUInt32();
        var buttonsState = (MouseButtonMask)r.ReadUInt16();
        var displayId = r.ReadByte();
        return new MousePosition { X = x, Y = y, ButtonsState = buttonsState, DisplayId = displayId };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(X);
        w.WriteUInt32(Y);
        w.WriteUInt16((ushort)ButtonsState);
        w.WriteByte(DisplayId);
    }
}
