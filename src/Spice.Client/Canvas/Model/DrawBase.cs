namespace Spice.Client.Canvas.Model;

/// <summary>SpiceMsgDisplayBase: target surface, bounding box and optional clip rectangles (null = no clip).</summary>
internal sealed record DrawBase(uint SurfaceId, CanvasRect Box, CanvasRect[]? ClipRects = null);
