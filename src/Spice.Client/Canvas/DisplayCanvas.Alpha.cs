using Spice.Client.Canvas.Model;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    public const byte AlphaFlagDestHasAlpha = 1 << 0;
    public const byte AlphaFlagSrcSurfaceHasAlpha = 1 << 1;

    /// <summary>
    /// SPICE_MSG_DISPLAY_DRAW_ALPHA_BLEND: premultiplied OVER of the source, scaled by the global alpha
    /// (nearest-neighbour scaling when the sizes differ).
    /// </summary>
    internal void DrawAlphaBlend(DrawBase draw, byte alphaFlags, byte alpha, ImageSource source, CanvasRect srcArea)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ClipRegion(draw, surface);
        if (alpha == 0 || region.IsEmpty)
        {
            TouchImage(source);
            return;
        }

        using var loaded = LoadImage(source, surface);
        bool srcAlpha = source.Type == ImageType.Surface
            ? loaded.HasAlpha || (alphaFlags & AlphaFlagSrcSurfaceHasAlpha) != 0
            : loaded.HasAlpha;
        bool destAlpha = surface.HasAlpha || (alphaFlags & AlphaFlagDestHasAlpha) != 0;
        var box = draw.Box;
        CanvasImage? scaled = null;
        var src = loaded;
        int offX = box.Left - srcArea.Left, offY = box.Top - srcArea.Top;
        try
        {
            if (srcArea.Width != box.Width || srcArea.Height != box.Height)
            {
                var extents = region.Extents;
                scaled = Scaler.ForArea(srcArea, box.Width, box.Height, Scaler.ModeNearest).Sample(loaded, extents, box.Left, box.Top);
                src = new PixelSource(scaled.Pixels, scaled.Width, scaled.Height, srcAlpha ? ImageKind.Argb : ImageKind.Xrgb);
                offX = extents.Left;
                offY = extents.Top;
            }

            Compose.OverRegion(surface, region, src, offX, offY, srcAlpha, destAlpha, alpha);
        }
        finally
        {
            scaled?.Release();
        }

        if (surface.Format == SurfaceFormat.Rgb32_xRGB && (alphaFlags & AlphaFlagDestHasAlpha) == 0)
        {
            ClearDestAlpha(surface, box);
        }

        Changed(surface, region);
    }

    /// <summary>
    /// spice's clear_dest_alpha: after OVER on an xRGB surface, if the first pixel of the area came out with
    /// alpha 0xFF, the alpha byte of the whole area (clipped to the surface) is cleared.
    /// </summary>
    internal static void ClearDestAlpha(CanvasSurface surface, CanvasRect area)
    {
        var r = area.Intersect(surface.Bounds);
        if (r.IsEmpty || (surface.Data[(r.Top * surface.Width) + r.Left] & 0xFF000000) != 0xFF000000)
        {
            return;
        }

        for (int y = r.Top; y < r.Bottom; y++)
        {
            var row = surface.Data.AsSpan((y * surface.Width) + r.Left, r.Width);
            for (int i = 0; i < row.Length; i++)
            {
                row[i] &= 0x00FFFFFF;
            }
        }
    }
}
