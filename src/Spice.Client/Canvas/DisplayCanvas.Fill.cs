using Spice.Client.Canvas.Model;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using Ropd = Spice.Protocol.Messages.Display.Ropd;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>SPICE_MSG_DISPLAY_DRAW_FILL.</summary>
    internal void DrawFill(DrawBase draw, Brush brush, Ropd ropDescriptor, QMask mask)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ApplyMask(ClipRegion(draw, surface), mask, draw.Box);
        var rop = RopDescriptor.ToRop(ropDescriptor, RopDescriptor.Input.Brush, RopDescriptor.Input.Dest);
        if (rop == Rop.Noop || region.IsEmpty)
        {
            TouchBrush(brush);
            return;
        }

        DrawBrush(surface, region, brush, rop);
        Changed(surface, region);
    }

    /// <summary>SPICE_MSG_DISPLAY_DRAW_BLACKNESS.</summary>
    internal void DrawBlackness(DrawBase draw, QMask mask) => FillConstant(draw, mask, 0x000000, Rop.Copy);

    /// <summary>SPICE_MSG_DISPLAY_DRAW_WHITENESS.</summary>
    internal void DrawWhiteness(DrawBase draw, QMask mask) => FillConstant(draw, mask, 0xFFFFFFFF, Rop.Copy);

    /// <summary>SPICE_MSG_DISPLAY_DRAW_INVERS.</summary>
    internal void DrawInvers(DrawBase draw, QMask mask) => FillConstant(draw, mask, 0, Rop.Invert);

    private void FillConstant(DrawBase draw, QMask mask, uint color, Rop rop)
    {
        var surface = RequireSurface(draw.SurfaceId);
        var region = ApplyMask(ClipRegion(draw, surface), mask, draw.Box);
        if (region.IsEmpty)
        {
            return;
        }

        Raster.FillSolid(surface, region, color, rop);
        Changed(surface, region);
    }

    /// <summary>Paints a brush over a region with a rop (spice's draw_brush).</summary>
    internal void DrawBrush(CanvasSurface surface, Region region, Brush brush, Rop rop)
    {
        switch (brush.Type)
        {
            case BrushType.Solid:
                Raster.FillSolid(surface, region, SurfaceColor(surface, brush.Color), rop);
                break;
            case BrushType.Pattern:
            {
                if (brush.Pattern is null)
                {
                    throw new CanvasException("pattern brush without an image");
                }

                using var tile = LoadImage(brush.Pattern, surface);
                Raster.FillTiled(surface, region, tile, brush.PatternX, brush.PatternY, rop);
                break;
            }

            case BrushType.None:
                Raster.FillSolid(surface, region, 0, rop);
                break;
            default:
                throw new CanvasException($"unknown brush type {brush.Type}");
        }
    }
}
