using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_ROP3.</summary>
public sealed record DrawRop3 : ISpiceMessage<DrawRop3>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawRop3;

    public DisplayBase Base { get; init; } = new();

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public Brush Brush { get; init; } = new();

    public byte Rop3 { get; init; }

    public ImageScaleMode ScaleMode { get; init; }

    public QMask Mask { get; init; } = new();

    public static DrawRop3 Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawRop3>(body);

    public static DrawRop3 Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        var brush = Brush.Read(ref r);
        var rop3 = r.ReadByte();
        var scaleMode = (ImageScaleMode)r.ReadByte();
        var mask = QMask.Read(ref r);
        return new DrawRop3 { Base = @base, SrcBitmap = srcBitmap, SrcArea = srcArea, Brush = brush, Rop3 = rop3, ScaleMode = scaleMode, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(SrcBitmap);
        SrcArea.Write(w);
        Brush.Write(w);
        w.WriteByte(Rop3);
        w.WriteByte((byte)ScaleMode);
        Mask.Write(w);
    }
}
