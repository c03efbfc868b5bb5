using Spice.Client.Canvas.Model;
using MaskFlags = Spice.Protocol.Messages.Display.MaskFlags;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>The box, clipped to the surface and to the union of the clip rectangles.</summary>
    internal static Region ClipRegion(DrawBase draw, CanvasSurface surface)
    {
        var region = Region.FromRect(draw.Box.Intersect(surface.Bounds));
        if (draw.ClipRects is { } rects && !region.IsEmpty)
        {
            region = region.Intersect(Region.FromRects(rects));
        }

        return region;
    }

    /// <summary>
    /// Restricts <paramref name="region"/> to the set bits (or, with INVERS, the clear bits) of the mask, which is
    /// placed so that its pixel (X, Y) lands on the box's top-left corner. Pixels outside the mask bitmap are dropped.
    /// </summary>
    internal Region ApplyMask(Region region, QMask mask, CanvasRect box)
    {
        if (mask.Image is null || region.IsEmpty)
        {
            if (mask.Image is not null)
            {
                TouchImage(mask.Image);
            }

            return region;
        }

        var image = LoadMask(mask.Image);
        try
        {
            bool invert = (mask.Flags & MaskFlags.Invers) != 0;
            int dx = box.Left - mask.X, dy = box.Top - mask.Y;
            var area = region.Extents.Intersect(new CanvasRect(dx, dy, dx + image.Width, dy + image.Height));
            if (area.IsEmpty)
            {
                return Region.FromRect(default);
            }

            var rows = new List<List<(int L, int R)>>(area.Height);
            for (int y = area.Top; y < area.Bottom; y++)
            {
                var spans = new List<(int L, int R)>();
                var row = image.Row(y - dy);
                int x = area.Left;
                while (x < area.Right)
                {
                    while (x < area.Right && ((row[x - dx] != 0) == invert))
                    {
                        x++;
                    }

                    int start = x;
                    while (x < area.Right && ((row[x - dx] != 0) != invert))
                    {
                        x++;
                    }

                    if (x > start)
                    {
                        spans.Add((start, x));
                    }
                }

                rows.Add(spans);
            }

            return region.Intersect(Region.FromRows(area.Top, rows));
        }
        finally
        {
            image.Release();
        }
    }

    /// <summary>A brush color as a 32bpp pixel of <paramref name="surface"/> (16bpp surfaces get 555/565 colors).</summary>
    internal static uint SurfaceColor(CanvasSurface surface, uint color) => surface.Format switch
    {
        SurfaceFormat.Rgb16_555 => BitmapPixels.Rgb555((int)(color & 0x7FFF)) & 0x00FFFFFF,
        SurfaceFormat.Rgb16_565 => BitmapPixels.Rgb565((int)(color & 0xFFFF)) & 0x00FFFFFF,
        _ => color,
    };

    private void Changed(CanvasSurface surface, Region region)
    {
        if (!region.IsEmpty)
        {
            RaiseInvalidated(surface, region.Extents);
        }
    }
}
