using Spice.Protocol.Messages;
using P = Spice.Protocol.Messages.Display;
using BitmapFlags = Spice.Protocol.Messages.Display.BitmapFlags;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// Applies one display-channel message. Messages that do not affect pixels or caches are ignored and
    /// return false. Throws <see cref="CanvasException"/> or <see cref="Spice.Codecs.CodecException"/> for a
    /// message that cannot be applied; the caller logs it and goes on.
    /// </summary>
    public bool Handle(ISpiceMessage message)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        switch (message)
        {
            case P.SurfaceCreate m:
                CreateSurface(m.SurfaceId, checked((int)Math.Min(m.Width, int.MaxValue)), (int)Math.Min(m.Height, int.MaxValue),
                    m.Format, (m.Flags & P.SurfaceFlags.Primary) != 0);
                return true;
            case P.SurfaceDestroy m:
                DestroySurface(m.SurfaceId);
                return true;
            case P.DrawFill m:
                DrawFill(Base(m.Base), ToBrush(m.Brush), m.RopDescriptor, ToMask(m.Mask));
                return true;
            case P.DrawCopy m:
                DrawCopy(Base(m.Base), Img(m.SrcBitmap), R(m.SrcArea), m.RopDescriptor, (byte)m.ScaleMode, ToMask(m.Mask));
                return true;
            case P.DrawBlend m:
                DrawBlend(Base(m.Base), Img(m.SrcBitmap), R(m.SrcArea), m.RopDescriptor, (byte)m.ScaleMode, ToMask(m.Mask));
                return true;
            case P.DrawOpaque m:
                DrawOpaque(Base(m.Base), Img(m.SrcBitmap), R(m.SrcArea), ToBrush(m.Brush), m.RopDescriptor, (byte)m.ScaleMode,
                    ToMask(m.Mask));
                return true;
            case P.DrawBlackness m:
                DrawBlackness(Base(m.Base), ToMask(m.Mask));
                return true;
            case P.DrawWhiteness m:
                DrawWhiteness(Base(m.Base), ToMask(m.Mask));
                return true;
            case P.DrawInvers m:
                DrawInvers(Base(m.Base), ToMask(m.Mask));
                return true;
            case P.DrawRop3 m:
                DrawRop3(Base(m.Base), Img(m.SrcBitmap), R(m.SrcArea), ToBrush(m.Brush), m.Rop3, (byte)m.ScaleMode, ToMask(m.Mask));
                return true;
            case P.DrawTransparent m:
                DrawTransparent(Base(m.Base), Img(m.SrcBitmap), R(m.SrcArea), m.TrueColor);
                return true;
            case P.DrawAlphaBlend m:
                DrawAlphaBlend(Base(m.Base), (byte)m.AlphaFlags, m.Alpha, Img(m.SrcBitmap), R(m.SrcArea));
                return true;
            case P.DrawText m:
                DrawText(Base(m.Base), ToString(m.Str), R(m.BackArea), ToBrush(m.ForeBrush), ToBrush(m.BackBrush), (P.Ropd)m.ForeMode, (P.Ropd)m.BackMode);
                return true;
            case P.CopyBits m:
                CopyBits(Base(m.Base), m.SrcPos.X, m.SrcPos.Y);
                return true;
            case P.InvalList m:
                foreach (var res in m.Resources)
                {
                    _images.Remove(res.Id);
                }

                return true;
            case P.InvalAllPixmaps:
                InvalidateAllImages();
                return true;
            case P.InvalPalette m:
                InvalidatePalette(m.Id);
                return true;
            case P.StreamCreate m:
                CreateStream(m.Id, m.SurfaceId, (byte)m.CodecType, (m.Flags & P.StreamFlags.TopDown) != 0,
                    (int)Math.Min(m.SrcWidth, int.MaxValue), (int)Math.Min(m.SrcHeight, int.MaxValue), R(m.Dest), Clip(m.Clip));
                return true;
            case P.StreamData m:
                StreamData(m.Base.Id, m.Base.MultiMediaTime, m.Data.Span);
                return true;
            case P.StreamDataSized m:
                StreamData(m.Base.Id, m.Base.MultiMediaTime, m.Data.Span, R(m.Dest));
                return true;
            case P.StreamClip m:
                StreamClip(m.Id, Clip(m.Clip));
                return true;
            case P.StreamDestroy m:
                DestroyStream(m.Id);
                return true;
            case P.DrawStroke m:
                DrawStroke(Base(m.Base), m.Path.Segments.Select(s => new Model.PathSegment(s.Flags,
                    s.Points.SelectMany(p => new[] { p.X, p.Y }).ToArray())).ToArray(),
                    new Model.LineAttr(m.Attr.Flags, m.Attr.Style), ToBrush(m.Brush), (P.Ropd)m.ForeMode, (P.Ropd)m.BackMode);
                return true;
            case P.DrawComposite m:
                DrawComposite(Base(m.Base), (uint)m.Flags, Img(m.SrcBitmap),
                    (m.Flags & P.CompositeFlags.HasMask) != 0 ? Img(m.MaskBitmap) : null,
                    (m.Flags & P.CompositeFlags.HasSrcTransform) != 0 ? Tr(m.SrcTransform) : null,
                    (m.Flags & P.CompositeFlags.HasMaskTransform) != 0 ? Tr(m.MaskTransform) : null,
                    m.SrcOrigin.X, m.SrcOrigin.Y, m.MaskOrigin.X, m.MaskOrigin.Y);
                return true;
            case EmptyMessage { MessageType: (ushort)DisplayMessageType.Reset }:
                Reset();
                return true;
            case EmptyMessage { MessageType: (ushort)DisplayMessageType.InvalAllPalettes }:
                InvalidateAllPalettes();
                return true;
            case EmptyMessage { MessageType: (ushort)DisplayMessageType.StreamDestroyAll }:
                DestroyAllStreams();
                return true;
            case P.MonitorsConfig m:
                SetMonitors(m.Heads.Select(h => new CanvasMonitor(h.MonitorId, h.SurfaceId, (int)h.X, (int)h.Y, (int)h.Width, (int)h.Height, h.Flags))
                    .ToArray());
                return true;
            default:
                return false;
        }
    }

    private static CanvasRect R(P.Rect r) => new(r.Left, r.Top, r.Right, r.Bottom);

    private static CanvasRect[]? Clip(P.Clip c) => c.Type == P.ClipType.Rects ? c.Rects.Select(R).ToArray() : null;

    private static Model.Transform Tr(P.Transform t) =>
        new((int)t.T00, (int)t.T01, (int)t.T02, (int)t.T10, (int)t.T11, (int)t.T12);

    private static Model.DrawBase Base(P.DisplayBase b) =>
        new(b.SurfaceId, R(b.Box), Clip(b.Clip));

    private static Model.Brush ToBrush(P.Brush b) => b.Type switch
    {
        P.BrushType.Solid => Model.Brush.Solid(b.Color),
        P.BrushType.Pattern when b.Pattern is { } p => new Model.Brush(P.BrushType.Pattern, 0, Img(p.Pat), p.Pos.X, p.Pos.Y),
        P.BrushType.None => Model.Brush.None,
        _ => throw new CanvasException($"bad brush type {b.Type}"),
    };

    private static Model.QMask ToMask(P.QMask m) =>
        m.Bitmap is null ? Model.QMask.None : new Model.QMask(m.Flags, m.Pos.X, m.Pos.Y, Img(m.Bitmap));

    private static Model.GlyphString ToString(P.SpiceString s) =>
        new(s.Flags, s.Glyphs.Select(g => new Model.RasterGlyph(g.RenderPos.X, g.RenderPos.Y, g.GlyphOrigin.X, g.GlyphOrigin.Y,
            g.Width, g.Height, g.Data)).ToArray());

    private static Model.PaletteData? Pal(P.Palette? p) => p is null ? null : new Model.PaletteData(p.Unique, p.Ents);

    private static Model.ImageSource Img(P.Image? image)
    {
        if (image is null)
        {
            throw new CanvasException("draw without a source image");
        }

        var d = image.Descriptor;
        var src = new Model.ImageSource(d.Id, d.Type, d.Flags,
            (int)Math.Min(d.Width, int.MaxValue), (int)Math.Min(d.Height, int.MaxValue));
        return image.Payload switch
        {
            P.BitmapData b => src with
            {
                BitmapFormat = (byte)b.Format, BitmapFlags = b.Flags, Stride = (int)Math.Min(b.Stride, int.MaxValue),
                Width = (int)Math.Min(b.X, int.MaxValue), Height = (int)Math.Min(b.Y, int.MaxValue),
                Palette = Pal(b.Palette), PaletteId = b.PaletteId, Data = b.Data,
            },
            P.LzPltData l => src with { BitmapFlags = l.Flags, Palette = Pal(l.Palette), PaletteId = l.PaletteId, Data = l.Data },
            P.ZlibGlzRgbData z => src with { InnerSize = (int)Math.Min(z.GlzDataSize, int.MaxValue), Data = z.Data },
            P.JpegAlphaData j => src with { JpegAlphaFlags = j.Flags, InnerSize = (int)Math.Min(j.JpegSize, int.MaxValue), Data = j.Data },
            P.SurfaceImageData s => src with { SurfaceId = s.SurfaceId },
            P.BinaryData bin => src with { Data = bin.Data },
            _ => src,
        };
    }
}
