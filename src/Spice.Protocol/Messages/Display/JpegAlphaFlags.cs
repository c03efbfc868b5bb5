namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_JPEG_ALPHA_FLAGS_*.</summary>
[Flags]
public enum JpegAlphaFlags : byte
{
    None = 0,
    TopDown = 1 << 0,
}
