namespace Spice.Client.Canvas;

/// <summary>One head of a MonitorsConfig message: which surface area a guest monitor shows.</summary>
public sealed record CanvasMonitor(uint MonitorId, uint SurfaceId, int X, int Y, int Width, int Height, uint Flags);
