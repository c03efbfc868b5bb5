using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_TEXT.</summary>
public sealed record DrawText : ISpiceMessage<DrawText>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawText;

    public DisplayBase Base { get; init; } = new();

    public SpiceString Str { get; init; } = new();

    public Rect BackArea { get; init; }

    public Brush ForeBrush { get; init; } = new();

    public Brush BackBrush { get; init; } = new();

    public ushort ForeMode { get; init; }

    public ushort BackMode { get; init; }

    public static DrawText Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawText>(body);

    public static DrawText Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var str = SpiceString.ReadRequired(ref r);
        var backArea = Rect.Read(ref r);
        var foreBrush = Brush.Read(ref r);
        var backBrush = Brush.Read(ref r);
        var foreMode = r.ReadUInt16();
        var backMode = r.ReadUInt16();
        return new DrawText { Base = @base, Str = str, BackArea = backArea, ForeBrush = foreBrush, BackBrush = backBrush, ForeMode = foreMode, BackMode = backMode };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(Str);
        BackArea.Write(w);
        ForeBrush.Write(w);
        BackBrush.Write(w);
        w.WriteUInt16(ForeMode);
        w.WriteUInt16(BackMode);
    }
}
