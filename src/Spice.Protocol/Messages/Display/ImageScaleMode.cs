namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_IMAGE_SCALE_MODE_*.</summary>
public enum ImageScaleMode : byte
{
    Interpolate,
    Nearest,
}
