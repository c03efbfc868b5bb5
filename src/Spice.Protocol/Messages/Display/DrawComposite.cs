using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// SPICE_MSG_DISPLAY_DRAW_COMPOSITE (Render-style compositing). The mask pointer and the two
/// transforms are only on the wire when their CompositeFlags bit is set.
/// </summary>
public sealed record DrawComposite : ISpiceMessage<DrawComposite>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawComposite;

    public DisplayBase Base { get; init; } = new();

    public CompositeFlags Flags { get; init; }

    public Image? SrcBitmap { get; init; }

    public Image? MaskBitmap { get; init; }

    public Transform SrcTransform { get; init; }

    public Transform MaskTransform { get; init; }

    public Point16 SrcOrigin { get; init; }

    public Point16 MaskOrigin { get; init; }

    /// <summary>The pixman operator in the low 8 bits of the flags.</summary>
    public byte Op => (byte)((uint)Flags & 0xff);

    public static DrawComposite Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawComposite>(body);

    public static DrawComposite Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var flags = (CompositeFlags)r.ReadUInt32();
        var src = Image.ReadPointer(ref r);
        var mask = (flags & CompositeFlags.HasMask) != 0 ? Image.ReadPointer(ref r) : null;
        var srcTransform = (flags & CompositeFlags.HasSrcTransform) != 0 ? Transform.Read(ref r) : default;
        var maskTransform = (flags & CompositeFlags.HasMaskTransform) != 0 ? Transform.Read(ref r) : default;
        var srcOrigin = Point16.Read(ref r);
        return new DrawComposite
        {
            Base = @base,
            Flags = flags,
            SrcBitmap = src,
            MaskBitmap = mask,
            SrcTransform = srcTransform,
            MaskTransform = maskTransform,
            SrcOrigin = srcOrigin,
            MaskOrigin = Point16.Read(ref r),
        };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WriteUInt32((uint)Flags);
        w.WritePointer(SrcBitmap);
        if ((Flags & CompositeFlags.HasMask) != 0)
        {
            w.WritePointer(MaskBitmap);
        }

        if ((Flags & CompositeFlags.HasSrcTransform) != 0)
        {
            SrcTransform.Write(w);
        }

        if ((Flags & CompositeFlags.HasMaskTransform) != 0)
        {
            MaskTransform.Write(w);
        }

        SrcOrigin.Write(w);
        MaskOrigin.Write(w);
    }
}
