using System.Buffers;
using Spice.Client.Canvas.Model;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// SPICE_MSG_DISPLAY_COPY_BITS: moves the pixels at srcPos to the box within the same surface, as if
    /// read all at once before writing (overlap in any direction is safe). Destination pixels whose
    /// source lies outside the surface are left alone.
    /// </summary>
    internal void CopyBits(DrawBase draw, int srcX, int srcY)
    {
        var surface = RequireSurface(draw.SurfaceId);
        int dx = draw.Box.Left - srcX, dy = draw.Box.Top - srcY;
        if (dx == 0 && dy == 0)
        {
            return;
        }

        var region = ClipRegion(draw, surface).Intersect(surface.Bounds.Offset(dx, dy));
        if (region.IsEmpty)
        {
            return;
        }

        var e = region.Extents;
        var temp = ArrayPool<uint>.Shared.Rent(e.Width * e.Height);
        try
        {
            int w = surface.Width;
            for (int y = e.Top; y < e.Bottom; y++)
            {
                surface.Data.AsSpan(((y - dy) * w) + e.Left - dx, e.Width).CopyTo(temp.AsSpan((y - e.Top) * e.Width, e.Width));
            }

            foreach (var r in region.Rects)
            {
                for (int y = r.Top; y < r.Bottom; y++)
                {
                    temp.AsSpan(((y - e.Top) * e.Width) + r.Left - e.Left, r.Width).CopyTo(surface.Data.AsSpan((y * w) + r.Left, r.Width));
                }
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(temp);
        }

        Changed(surface, region);
    }
}
