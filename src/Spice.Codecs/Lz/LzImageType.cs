namespace Spice.Codecs.Lz;

/// <summary>Image types of the LZ and GLZ streams, with the values they carry on the wire.</summary>
public enum LzImageType
{
    Invalid = 0,
    /// <summary>1 bit per pixel, least significant bit is the leftmost pixel.</summary>
    Plt1Le = 1,
    /// <summary>1 bit per pixel, most significant bit is the leftmost pixel.</summary>
    Plt1Be = 2,
    /// <summary>4 bits per pixel, low nibble is the leftmost pixel.</summary>
    Plt4Le = 3,
    /// <summary>4 bits per pixel, high nibble is the leftmost pixel.</summary>
    Plt4Be = 4,
    Plt8 = 5,
    /// <summary>x1r5g5b5, sent big-endian.</summary>
    Rgb16 = 6,
    Rgb24 = 7,
    Rgb32 = 8,
    /// <summary>Rgb32 followed by a second pass carrying the alpha channel.</summary>
    Rgba = 9,
    /// <summary>Only the alpha pass of an Rgba image.</summary>
    Xxxa = 10,
    A8 = 11,
}
