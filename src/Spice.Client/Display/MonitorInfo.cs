namespace Spice.Client.Display;

/// <summary>One head of a monitors-config: where it sits on which surface.</summary>
public sealed record MonitorInfo(uint Id, uint SurfaceId, int X, int Y, int Width, int Height);
