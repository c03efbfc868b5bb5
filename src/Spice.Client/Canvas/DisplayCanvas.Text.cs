using Spice.Client.Canvas.Model;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using StringFlags = Spice.Protocol.Messages.Display.StringFlags;
using Ropd = Spice.Protocol.Messages.Display.Ropd;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// SPICE_MSG_DISPLAY_DRAW_TEXT: the back area is filled with the back brush, then the glyphs (merged into one
    /// coverage mask, rows stored bottom-up as spice's canvas reads them) are composited OVER with the fore brush.
    /// </summary>
    internal void DrawText(DrawBase draw, GlyphString text, CanvasRect backArea, Brush foreBrush, Brush backBrush,
        Ropd foreMode, Ropd backMode)
    {
        _ = backMode;
        var surface = RequireSurface(draw.SurfaceId);
        var region = ClipRegion(draw, surface);
        if (region.IsEmpty)
        {
            TouchBrush(foreBrush);
            TouchBrush(backBrush);
            return;
        }

        if (!backArea.IsEmpty)
        {
            if (foreMode != Ropd.OpPut)
            {
                throw new CanvasException("text with a back area needs fore mode OP_PUT");
            }

            var back = region.Intersect(backArea);
            if (!back.IsEmpty)
            {
                DrawBrush(surface, back, backBrush, Rop.Copy);
            }
        }

        int bpp = (text.Flags & StringFlags.RasterA1) != 0 ? 1 : (text.Flags & StringFlags.RasterA4) != 0 ? 4 :
            (text.Flags & StringFlags.RasterA8) != 0 ? 8 : throw new CanvasException("vector glyph strings are not supported");
        if (text.Glyphs.Length == 0)
        {
            throw new CanvasException("empty glyph string");
        }

        var bounds = GlyphBox(text.Glyphs[0]);
        foreach (var g in text.Glyphs)
        {
            var b = GlyphBox(g);
            bounds = new CanvasRect(Math.Min(bounds.Left, b.Left), Math.Min(bounds.Top, b.Top),
                Math.Max(bounds.Right, b.Right), Math.Max(bounds.Bottom, b.Bottom));
        }

        if (bounds.IsEmpty || (long)bounds.Width * bounds.Height > MaxSurfacePixels)
        {
            throw new CanvasException("glyph string bounds out of range");
        }

        var mask = new CanvasImage(bounds.Width, bounds.Height, ImageKind.A1);
        try
        {
            mask.Pixels.AsSpan(0, bounds.Width * bounds.Height).Clear();
            foreach (var g in text.Glyphs)
            {
                PutGlyph(g, bpp, mask, bounds);
            }

            if (foreBrush.Type != BrushType.None)
            {
                PixelSource tile = default;
                if (foreBrush.Type == BrushType.Pattern)
                {
                    tile = LoadImage(foreBrush.Pattern ?? throw new CanvasException("pattern brush without an image"), surface);
                }

                try
                {
                    uint color = SurfaceColor(surface, foreBrush.Color) | 0xFF000000;
                    var area = region.Intersect(bounds);
                    foreach (var r in area.Rects)
                    {
                        for (int y = r.Top; y < r.Bottom; y++)
                        {
                            var d = surface.Data.AsSpan((y * surface.Width) + r.Left, r.Width);
                            var m = mask.Row(y - bounds.Top);
                            for (int i = 0; i < d.Length; i++)
                            {
                                int x = r.Left + i;
                                uint cov = m[x - bounds.Left];
                                if (cov == 0)
                                {
                                    continue;
                                }

                                uint src = foreBrush.Type == BrushType.Pattern
                                    ? tile.At(Raster.Mod(x - bounds.Left - foreBrush.PatternX, tile.Width), Raster.Mod(y - bounds.Top - foreBrush.PatternY, tile.Height))
                                        | (tile.HasAlpha ? 0 : 0xFF000000)
                                    : color;
                                uint dp = surface.HasAlpha ? d[i] : d[i] | 0xFF000000;
                                d[i] = Compose.Over(Compose.MulPixel(src, cov), dp);
                            }
                        }
                    }
                }
                finally
                {
                    tile.Dispose();
                }

                if (surface.Format == SurfaceFormat.Rgb32_xRGB)
                {
                    ClearDestAlpha(surface, bounds);
                }
            }
        }
        finally
        {
            mask.Release();
        }

        Changed(surface, region);
    }

    private static CanvasRect GlyphBox(RasterGlyph g)
    {
        int top = g.RenderY + g.OriginY, left = g.RenderX + g.OriginX;
        return new CanvasRect(left, top, left + g.Width, top + g.Height);
    }

    /// <summary>Merges one glyph into the coverage mask (0..255 per pixel; A1 bits become 255, A4 nibbles n*16).</summary>
    private static void PutGlyph(RasterGlyph g, int bpp, CanvasImage mask, CanvasRect bounds)
    {
        if (g.Width <= 0 || g.Height <= 0)
        {
            return;
        }

        int stride = bpp switch
        {
            1 => (g.Width + 7) / 8,
            4 => (g.Width + 1) / 2,
            _ => g.Width,
        };
        var data = g.Data.Span;
        if ((long)stride * g.Height > data.Length)
        {
            throw new CanvasException("glyph data is shorter than its size");
        }

        var box = GlyphBox(g);
        for (int line = 0; line < g.Height; line++)
        {
            var src = data.Slice((g.Height - 1 - line) * stride, stride);
            var dst = mask.Row(box.Top - bounds.Top + line);
            int x0 = box.Left - bounds.Left;
            for (int j = 0; j < g.Width; j++)
            {
                uint v = bpp switch
                {
                    1 => ((src[j >> 3] >> (7 - (j & 7))) & 1) != 0 ? 255u : 0u,
                    4 => (j & 1) == 0 ? (uint)(src[j >> 1] & 0xF0) : (uint)((src[j >> 1] << 4) & 0xF0),
                    _ => src[j],
                };
                dst[x0 + j] = Math.Max(dst[x0 + j], v);
            }
        }
    }
}
