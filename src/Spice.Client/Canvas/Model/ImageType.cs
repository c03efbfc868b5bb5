namespace Spice.Client.Canvas.Model;

/// <summary>SPICE_IMAGE_TYPE_*.</summary>
internal enum ImageType : byte
{
    Bitmap = 0,
    Quic = 1,
    LzPlt = 100,
    LzRgb = 101,
    GlzRgb = 102,
    FromCache = 103,
    Surface = 104,
    Jpeg = 105,
    FromCacheLossless = 106,
    ZlibGlzRgb = 107,
    JpegAlpha = 108,
    Lz4 = 109,
}
