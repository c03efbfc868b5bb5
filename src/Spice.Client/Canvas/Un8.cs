namespace Spice.Client.Canvas;

/// <summary>
/// 8-bit-per-channel arithmetic on 0xAARRGGBB pixels with pixman's rounding: a product of two channels is
/// (a*b + 128 + ((a*b + 128) >> 8)) >> 8, sums saturate at 255.
/// </summary>
internal static class Un8
{
    public static uint Mul(uint a, uint b)
    {
        uint t = (a * b) + 0x80;
        return ((t >> 8) + t) >> 8;
    }

    /// <summary>Rounds a 255*255-scaled value back to a channel.</summary>
    public static uint DivOne(int x)
    {
        uint t = (uint)x + 0x80;
        return (t + (t >> 8)) >> 8;
    }

    public static uint Ch(uint p, int shift) => (p >> shift) & 0xFF;

    public static uint Alpha(uint p) => p >> 24;

    /// <summary>Every channel times a.</summary>
    public static uint Mul4(uint x, uint a) =>
        (Mul(Ch(x, 24), a) << 24) | (Mul(Ch(x, 16), a) << 16) | (Mul(Ch(x, 8), a) << 8) | Mul(Ch(x, 0), a);

    /// <summary>Channel by channel product.</summary>
    public static uint Mul4x4(uint x, uint a) =>
        (Mul(Ch(x, 24), Ch(a, 24)) << 24) | (Mul(Ch(x, 16), Ch(a, 16)) << 16) | (Mul(Ch(x, 8), Ch(a, 8)) << 8) |
        Mul(Ch(x, 0), Ch(a, 0));

    public static uint AddSat(uint x, uint y) =>
        (Sat(Ch(x, 24) + Ch(y, 24)) << 24) | (Sat(Ch(x, 16) + Ch(y, 16)) << 16) | (Sat(Ch(x, 8) + Ch(y, 8)) << 8) |
        Sat(Ch(x, 0) + Ch(y, 0));

    /// <summary>x*a + y, saturated.</summary>
    public static uint MulAdd(uint x, uint a, uint y) => AddSat(Mul4(x, a), y);

    /// <summary>x*a + y*b, saturated.</summary>
    public static uint MulAddMul(uint x, uint a, uint y, uint b) => AddSat(Mul4(x, a), Mul4(y, b));

    /// <summary>x*a (per channel) + y, saturated.</summary>
    public static uint Mul4x4Add(uint x, uint a, uint y) => AddSat(Mul4x4(x, a), y);

    /// <summary>x*a (per channel) + y*b, saturated.</summary>
    public static uint Mul4x4AddMul(uint x, uint a, uint y, uint b) => AddSat(Mul4x4(x, a), Mul4(y, b));

    /// <summary>An alpha value in all four channels.</summary>
    public static uint Replicate(uint a) => a * 0x01010101u;

    private static uint Sat(uint v) => v > 255 ? 255 : v;
}
