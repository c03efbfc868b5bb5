namespace Spice.Client.Display;

/// <summary>A surface the server created on a display channel.</summary>
public sealed record SurfaceInfo(uint Id, int Width, int Height, bool Primary);
