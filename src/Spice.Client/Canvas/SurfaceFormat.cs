namespace Spice.Client.Canvas;

/// <summary>SPICE surface formats (SPICE_SURFACE_FMT_*). The canvas stores every one of them as 32bpp B,G,R,A.</summary>
public enum SurfaceFormat : uint
{
    Invalid = 0,
    A1 = 1,
    A8 = 8,
    Rgb555 = 16,
    Rgb565 = 80,
    Xrgb32 = 32,
    Argb32 = 96,
}
