using Spice.Client.Canvas.Model;
using Ropd = Spice.Protocol.Messages.Display.Ropd;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>SPICE_MSG_DISPLAY_DRAW_COPY.</summary>
    internal void DrawCopy(DrawBase draw, ImageSource source, CanvasRect srcArea, Ropd ropDescriptor, byte scaleMode, QMask mask) =>
        DrawImage(draw, source, srcArea, RopDescriptor.ToRop(ropDescriptor, RopDescriptor.Input.Src, RopDescriptor.Input.Dest),
            scaleMode, mask);

    /// <summary>SPICE_MSG_DISPLAY_DRAW_BLEND: the same operation as copy in spice's canvas.</summary>
    internal void DrawBlend(DrawBase draw, ImageSource source, CanvasRect srcArea, Ropd ropDescriptor, byte scaleMode, QMask mask) =>
        DrawCopy(draw, source, srcArea, ropDescriptor, scaleMode, mask);

    /// <summary>SPICE_MSG_DISPLAY_DRAW_OPAQUE: the image is put, then the brush is combined with it by the rop.</summary>
    internal void DrawOpaque(DrawBase draw, ImageSource source, CanvasRect srcArea, Brush brush, Ropd ropDescriptor,
        byte scaleMode, QMask mask)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ApplyMask(ClipRegion(draw, surface), mask, draw.Box);
        var rop = RopDescriptor.ToRop(ropDescriptor, RopDescriptor.Input.Brush, RopDescriptor.Input.Src);
        if (rop == Rop.Noop || region.IsEmpty)
        {
            TouchImage(source);
            TouchBrush(brush);
            return;
        }

        PutImage(surface, region, draw.Box, source, srcArea, scaleMode, Rop.Copy);
        DrawBrush(surface, region, brush, rop);
        Changed(surface, region);
    }

    private void DrawImage(DrawBase draw, ImageSource source, CanvasRect srcArea, Rop rop, byte scaleMode, QMask mask)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ApplyMask(ClipRegion(draw, surface), mask, draw.Box);
        if (rop == Rop.Noop || region.IsEmpty)
        {
            TouchImage(source);
            return;
        }

        PutImage(surface, region, draw.Box, source, srcArea, scaleMode, rop);
        Changed(surface, region);
    }

    /// <summary>Blits (same size) or scales (different size) src area onto the box, within the region.</summary>
    private void PutImage(CanvasSurface surface, Region region, CanvasRect box, ImageSource source, CanvasRect srcArea,
        byte scaleMode, Rop rop)
    {
        using var src = LoadImage(source, surface);
        if (srcArea.Width == box.Width && srcArea.Height == box.Height)
        {
            Raster.Blit(surface, region, src, box.Left - srcArea.Left, box.Top - srcArea.Top, rop);
            return;
        }

        var extents = region.Extents;
        var scaled = Scaler.ForArea(srcArea, box.Width, box.Height, scaleMode).Sample(src, extents, box.Left, box.Top);
        try
        {
            using var scaledSource = new PixelSource(scaled.AddRef());
            Raster.Blit(surface, region, scaledSource, extents.Left, extents.Top, rop);
        }
        finally
        {
            scaled.Release();
        }
    }

    /// <summary>SPICE_MSG_DISPLAY_DRAW_TRANSPARENT: copy except pixels whose RGB is the key color.</summary>
    internal void DrawTransparent(DrawBase draw, ImageSource source, CanvasRect srcArea, uint trueColor)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ClipRegion(draw, surface);
        if (region.IsEmpty)
        {
            TouchImage(source);
            return;
        }

        uint key = SurfaceColor(surface, surface.Is16Bit ? ToRgb16(surface, trueColor) : trueColor);
        using var src = LoadImage(source, surface);
        var box = draw.Box;
        if (srcArea.Width == box.Width && srcArea.Height == box.Height)
        {
            Raster.BlitColorKey(surface, region, src, box.Left - srcArea.Left, box.Top - srcArea.Top, key);
        }
        else
        {
            var extents = region.Extents;
            var scaled = Scaler.ForArea(srcArea, box.Width, box.Height, Scaler.ModeNearest).Sample(src, extents, box.Left, box.Top);
            using var scaledSource = new PixelSource(scaled);
            Raster.BlitColorKey(surface, region, scaledSource, extents.Left, extents.Top, key);
        }

        Changed(surface, region);
    }

    private static uint ToRgb16(CanvasSurface surface, uint rgb)
    {
        uint r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return surface.Format == SurfaceFormat.Rgb16_565
            ? ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)
            : ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    }
}
