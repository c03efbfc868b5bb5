using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_BLEND (same layout as draw_copy).</summary>
public sealed record DrawBlend : ISpiceMessage<DrawBlend>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawBlend;

    public DisplayBase Base { get; init; } = new();

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public Ropd RopDescriptor { get; init; }

    public ImageScaleMode ScaleMode { get; init; }

    public QMask Mask { get; init; } = new();

    public static DrawBlend Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawBlend>(body);

    public static DrawBlend Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        var ropDescriptor = (Ropd)r.ReadUInt16();
        var scaleMode = (ImageScaleMode)r.ReadByte();
        var mask = QMask.Read(ref r);
        return new DrawBlend { Base = @base, SrcBitmap = srcBitmap, SrcArea = srcArea, RopDescriptor = ropDescriptor, ScaleMode = scaleMode, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(SrcBitmap);
        SrcArea.Write(w);
        w.WriteUInt16((ushort)RopDescriptor);
        w.WriteByte((byte)ScaleMode);
        Mask.Write(w);
    }
}
