namespace Spice.Codecs.Pixels;

/// <summary>SPICE bitmap pixel formats, with the wire values of SPICE_BITMAP_FMT_*.</summary>
public enum BitmapFormat : byte
{
    Invalid = 0,

    /// <summary>1 bit per pixel, palette of 2, first pixel in the least significant bit.</summary>
    OneBitLE = 1,

    /// <summary>1 bit per pixel, palette of 2, first pixel in the most significant bit.</summary>
    OneBitBE = 2,

    /// <summary>4 bits per pixel, palette of 16, first pixel in the low nibble.</summary>
    FourBitLE = 3,

    /// <summary>4 bits per pixel, palette of 16, first pixel in the high nibble.</summary>
    FourBitBE = 4,

    /// <summary>8-bit palette index.</summary>
    EightBit = 5,

    /// <summary>16-bit little-endian x1r5g5b5.</summary>
    SixteenBit = 6,

    /// <summary>24-bit, bytes B,G,R.</summary>
    TwentyFourBit = 7,

    /// <summary>32-bit B,G,R,x: the fourth byte is ignored.</summary>
    ThirtyTwoBit = 8,

    /// <summary>32-bit B,G,R,A with meaningful alpha.</summary>
    Rgba = 9,

    /// <summary>8-bit alpha only (a mask).</summary>
    EightBitAlpha = 10,
}
