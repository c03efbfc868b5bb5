namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_SURFACE_FMT_*.</summary>
public enum SurfaceFormat : uint
{
    Invalid = 0,
    A1 = 1,
    A8 = 8,
    Rgb16_555 = 16,
    Rgb32_xRGB = 32,
    Rgb16_565 = 80,
    Rgb32_ARGB = 96,
}
