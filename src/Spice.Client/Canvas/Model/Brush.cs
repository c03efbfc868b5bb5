using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>SpiceBrush: nothing, a solid color, or an image tiled from (PatternX, PatternY).</summary>
internal sealed record Brush(BrushType Type, uint Color = 0, ImageSource? Pattern = null, int PatternX = 0, int PatternY = 0)
{
    public static readonly Brush None = new(BrushType.None);

    public static Brush Solid(uint color) => new(BrushType.Solid, color);
}
