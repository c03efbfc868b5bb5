using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_INVERS.</summary>
public sealed record DrawInvers : ISpiceMessage<DrawInvers>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawInvers;

    public DisplayBase Base { get; init; } = new();

    public QMask Mask { get; init; } = new();

    public static DrawInvers Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawInvers>(body);

    public static DrawInvers Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var mask = QMask.Read(ref r);
        return new DrawInvers { Base = @base, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        Mask.Write(w);
    }
}
