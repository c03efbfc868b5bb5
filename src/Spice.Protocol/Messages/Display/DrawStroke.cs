using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_STROKE.</summary>
public sealed record DrawStroke : ISpiceMessage<DrawStroke>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawStroke;

    public DisplayBase Base { get; init; } = new();

    public SpicePath Path { get; init; } = new();

    public LineAttr Attr { get; init; } = new();

    public Brush Brush { get; init; } = new();

    public ushort ForeMode { get; init; }

    public ushort BackMode { get; init; }

    public static DrawStroke Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawStroke>(body);

    public static DrawStroke Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var path = SpicePath.ReadRequired(ref r);
        var attr = LineAttr.Read(ref r);
        var brush = Brush.Read(ref r);
        var foreMode = r.ReadUInt16();
        var backMode = r.ReadUInt16();
        return new DrawStroke { Base = @base, Path = path, Attr = attr, Brush = brush, ForeMode = foreMode, BackMode = backMode };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(Path);
        Attr.Write(w);
        Brush.Write(w);
        w.WriteUInt16(ForeMode);
        w.WriteUInt16(BackMode);
    }
}
