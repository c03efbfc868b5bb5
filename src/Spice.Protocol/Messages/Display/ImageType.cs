namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_IMAGE_TYPE_*.</summary>
public enum ImageType : byte
{
    Bitmap,
    Quic,
    Reserved,
    LzPlt = 100,
    LzRgb,
    GlzRgb,
    FromCache,
    Surface,
    Jpeg,
    FromCacheLossless,
    ZlibGlzRgb,
    JpegAlpha,
    Lz4,
}
