using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_OPAQUE.</summary>
public sealed record DrawOpaque : ISpiceMessage<DrawOpaque>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawOpaque;

    public DisplayBase Base { get; init; } = new();

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public Brush Brush { get; init; } = new();

    public Ropd RopDescriptor { get; init; }

    public ImageScaleMode ScaleMode { get; init; }

    public QMask Mask { get; init; } = new();

    public static DrawOpaque Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawOpaque>(body);

    public static DrawOpaque Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        var brush = Brush.Read(ref r);
        var ropDescriptor = (Ropd)r.ReadUInt16();
        var scaleMode = (ImageScaleMode)r.ReadByte();
        var mask = QMask.Read(ref r);
        return new DrawOpaque { Base = @base, SrcBitmap = srcBitmap, SrcArea = srcArea, Brush = brush, RopDescriptor = ropDescriptor, ScaleMode = scaleMode, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(SrcBitmap);
        SrcArea.Write(w);
        Brush.Write(w);
        w.WriteUInt16((ushort)RopDescriptor);
        w.WriteByte((byte)ScaleMode);
        Mask.Write(w);
    }
}
