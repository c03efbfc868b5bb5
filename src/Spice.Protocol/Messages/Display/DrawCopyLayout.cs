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

    public void Write(SpiceWriter w) =>
        Write(w, Base.SurfaceId, Base.Box, Base.Clip, SrcBitmap, SrcArea, RopDescriptor, ScaleMode, Mask);

    /// <summary>
    /// The same layout from its fields. <paramref name="srcBitmap"/> is any writable image: a
    /// sender can pass one that encodes its pixels straight into <paramref name="w"/> when the
    /// pointer targets are laid out, so the compressed image is never copied.
    /// </summary>
    public static void Write(SpiceWriter w, uint surfaceId, Rect box, Clip clip, ISpiceWritable? srcBitmap, Rect srcArea, Ropd ropDescriptor, ImageScaleMode scaleMode, QMask mask)
    {
        DisplayBase.Write(w, surfaceId, box, clip);
        w.WritePointer(srcBitmap);
        srcArea.Write(w);
        w.WriteUInt16((ushort)ropDescriptor);
        w.WriteByte((byte)scaleMode);
        mask.Write(w);
    }
}
