using Spice.Client.Canvas.Model;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    private const uint CompositeComponentAlpha = 1u << 18, CompositeHasMask = 1u << 19, CompositeSourceOpaque = 1u << 22,
        CompositeDestOpaque = 1u << 24;

    /// <summary>
    /// SPICE_MSG_DISPLAY_DRAW_COMPOSITE: dest = op(src [transformed, repeated] in mask, dest) over the box, clipped.
    /// The source and mask are read at (origin + offset in the box); DEST_OPAQUE reads the destination's alpha as
    /// opaque, SOURCE_OPAQUE does the same for a surface source. Filters other than nearest are sampled nearest.
    /// </summary>
    internal void DrawComposite(DrawBase draw, uint flags, ImageSource source, ImageSource? mask, Transform? srcTransform,
        Transform? maskTransform, int srcX, int srcY, int maskX, int maskY)
    {
        var surface = RequireSurface(draw.SurfaceId);
        int op = (int)(flags & 0xFF);
        if (!CompositeOps.IsKnown(op))
        {
            throw new CanvasException($"unknown composite operator {op}");
        }

        if ((flags & CompositeHasMask) != 0 && mask is null)
        {
            throw new CanvasException("composite flagged with a mask has none");
        }

        using var src = LoadImage(source, surface);
        using var msk = (flags & CompositeHasMask) != 0 ? LoadImage(mask!, surface) : default;
        var region = ClipRegion(draw, surface);
        if (region.IsEmpty)
        {
            return;
        }

        bool srcOpaque = source.Type == ImageType.Surface && (flags & CompositeSourceOpaque) != 0;
        var s = new CompositeSampler(src, (int)((flags >> 14) & 3), srcX, srcY, srcTransform, srcOpaque);
        bool hasMask = (flags & CompositeHasMask) != 0;
        var m = hasMask ? new CompositeSampler(msk, (int)((flags >> 16) & 3), maskX, maskY, maskTransform, false) : default;
        bool ca = hasMask && (flags & CompositeComponentAlpha) != 0;
        bool destOpaque = (flags & CompositeDestOpaque) != 0 || !surface.HasAlpha;
        var data = surface.Data;
        int w = surface.Width;
        foreach (var r in region.Rects)
        {
            for (int y = r.Top; y < r.Bottom; y++)
            {
                int dy = y - draw.Box.Top;
                for (int x = r.Left; x < r.Right; x++)
                {
                    int dx = x - draw.Box.Left;
                    ref uint px = ref data[(y * w) + x];
                    uint d = destOpaque ? px | 0xFF000000u : px;
                    uint sp = s.At(dx, dy);
                    uint result = !hasMask ? CompositeOps.Unified(op, sp, d)
                        : ca ? CompositeOps.ComponentAlpha(op, sp, m.At(dx, dy), d)
                        : CompositeOps.Unified(op, CompositeOps.MaskUnified(sp, m.At(dx, dy) >> 24), d);
                    px = StoreComposite(surface, result, destOpaque);
                }
            }
        }

        Changed(surface, region);
    }

    /// <summary>What pixman leaves in the surface: alpha dropped for x8r8g8b8, 16-bit formats truncated and re-expanded.</summary>
    private static uint StoreComposite(CanvasSurface surface, uint p, bool destOpaque) => surface.Format switch
    {
        SurfaceFormat.Rgb16_555 => BitmapPixels.Rgb555((int)(((p >> 9) & 0x7C00) | ((p >> 6) & 0x3E0) | ((p >> 3) & 0x1F))) & 0xFFFFFF,
        SurfaceFormat.Rgb16_565 => BitmapPixels.Rgb565((int)(((p >> 8) & 0xF800) | ((p >> 5) & 0x7E0) | ((p >> 3) & 0x1F))) & 0xFFFFFF,
        _ when !surface.HasAlpha => p & 0xFFFFFF,
        _ when destOpaque => p | 0xFF000000u,
        _ => p,
    };
}
