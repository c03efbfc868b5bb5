using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// The layout draw_copy and draw_blend share (spice.proto gives draw_blend the C type of draw_copy,
/// SpiceMsgDisplayDrawCopy): DisplayBase, then SrcBitmap (pointer), SrcArea, rop descriptor, scale mode, mask.
/// </summary>
public abstract record DrawCopyLayout<TSelf> : ISpiceMessage<TSelf>
    where TSelf : DrawCopyLayout<TSelf>, new()
{
    public abstract ushort MessageType { get; }

    public DisplayBase Base { get; init; } = new();

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public Ropd RopDescriptor { get; init; }

    public ImageScaleMode ScaleMode { get; init; }

    public QMask Mask { get; init; } = new();

    public static TSelf Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<TSelf>(body);

    public static TSelf Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        var ropDescriptor = (Ropd)r.ReadUInt16();
        var scaleMode = (ImageScaleMode)r.ReadByte();
        var mask = QMask.Read(ref r);
        return new TSelf { Base = @base, SrcBitmap = srcBitmap, SrcArea = srcArea, RopDescriptor = ropDescriptor, ScaleMode = scaleMode, Mask = mask };
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
