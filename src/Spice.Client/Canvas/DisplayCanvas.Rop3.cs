using Spice.Client.Canvas.Model;
using BrushType = Spice.Protocol.Messages.Display.BrushType;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// SPICE_MSG_DISPLAY_DRAW_ROP3: every box pixel becomes rop3(pattern, source, dest); the result is then
    /// copied back within the clip and mask. The source must cover the whole box.
    /// </summary>
    internal void DrawRop3(DrawBase draw, ImageSource source, CanvasRect srcArea, Brush brush, byte rop3, byte scaleMode, QMask mask)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ApplyMask(ClipRegion(draw, surface), mask, draw.Box);
        var box = draw.Box;
        if (region.IsEmpty)
        {
            TouchImage(source);
            TouchBrush(brush);
            return;
        }

        var extents = region.Extents;
        using var loaded = LoadImage(source, surface);
        CanvasImage? scaled = null;
        var src = loaded;
        int sx0 = srcArea.Left, sy0 = srcArea.Top;
        if (srcArea.Width != box.Width || srcArea.Height != box.Height)
        {
            scaled = Scaler.ForRop3(srcArea, box.Width, box.Height, scaleMode).Sample(loaded, extents, box.Left, box.Top);
            src = new PixelSource(scaled.Pixels, scaled.Width, scaled.Height, scaled.Kind);
            sx0 = extents.Left - box.Left;
            sy0 = extents.Top - box.Top;
        }
        else if (srcArea.Left < 0 || srcArea.Top < 0 || loaded.Width - srcArea.Left < box.Width || loaded.Height - srcArea.Top < box.Height)
        {
            throw new CanvasException("rop3 source is smaller than the box");
        }

        try
        {
            PixelSource pattern = default;
            bool hasPattern = brush.Type == BrushType.Pattern;
            if (hasPattern)
            {
                pattern = LoadImage(brush.Pattern ?? throw new CanvasException("pattern brush without an image"), surface);
            }

            try
            {
                uint color = SurfaceColor(surface, brush.Color);
                foreach (var r in region.Rects)
                {
                    for (int y = r.Top; y < r.Bottom; y++)
                    {
                        var d = surface.Data.AsSpan((y * surface.Width) + r.Left, r.Width);
                        int srow = scaled is null ? ((y - box.Top + sy0) * src.Width) + sx0 - box.Left : ((y - extents.Top) * src.Width) - extents.Left;
                        int py = hasPattern ? Raster.Mod(y - brush.PatternY, pattern.Height) : 0;
                        for (int i = 0; i < d.Length; i++)
                        {
                            int x = r.Left + i;
                            uint p = hasPattern ? pattern.Data[(py * pattern.Width) + Raster.Mod(x - brush.PatternX, pattern.Width)] : color;
                            d[i] = Rop3.Apply(rop3, p, src.Data[srow + x], d[i]);
                        }
                    }
                }
            }
            finally
            {
                pattern.Dispose();
            }
        }
        finally
        {
            scaled?.Release();
        }

        Changed(surface, region);
    }
}
