using Spice.Client.Canvas.Model;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using LineFlags = Spice.Protocol.Messages.Display.LineFlags;
using Ropd = Spice.Protocol.Messages.Display.Ropd;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// SPICE_MSG_DISPLAY_DRAW_STROKE. Like spice-common, every stroke is a zero-width (cosmetic) line: the path is
    /// turned into integer polylines (28.4 points rounded, beziers flattened) and each segment is drawn with the X
    /// server's zero-width Bresenham rules, end point excluded (CapNotLast), clipped to the box and clip.
    /// </summary>
    internal void DrawStroke(DrawBase draw, PathSegment[] path, LineAttr attr, Brush brush, Ropd foreMode, Ropd backMode)
    {
        _ = backMode;
        var surface = RequireSurface(draw.SurfaceId);
        var region = ClipRegion(draw, surface);
        if (region.IsEmpty)
        {
            TouchBrush(brush);
            return;
        }

        var rop = RopDescriptor.ToRop(foreMode, RopDescriptor.Input.Brush, RopDescriptor.Input.Dest);
        int[]? dash = (attr.Flags & LineFlags.Styled) != 0 ? DashPattern.FromStyle(attr) : null;
        PixelSource tile = default;
        uint color = 0;
        if (brush.Type == BrushType.Pattern)
        {
            tile = LoadImage(brush.Pattern ?? throw new CanvasException("pattern brush without an image"), surface);
            if (tile.Width <= 0 || tile.Height <= 0)
            {
                tile.Dispose();
                throw new CanvasException("empty pattern");
            }
        }
        else if (brush.Type == BrushType.Solid)
        {
            color = SurfaceColor(surface, brush.Color);
        }

        using (tile)
        {
            var painter = new StrokePainter(surface, region, rop, color, tile.Data, tile.Width, tile.Height, brush.PatternX,
                brush.PatternY, dash);
            var lines = PathFlattener.Flatten(path);
            foreach (var polyline in lines)
            {
                painter.Polyline(polyline);
            }

            if (!painter.Touched.IsEmpty)
            {
                RaiseInvalidated(surface, painter.Touched);
            }
        }
    }
}
