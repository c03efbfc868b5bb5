namespace Spice.Codecs.ZlibGlz;

/// <summary>Sizes of one ZLIB-GLZ image: both go into SpiceZlibGlzRGBData (glz_data_size, data_size).</summary>
public readonly record struct ZlibGlzEncoded(int GlzSize, int ZlibSize);
