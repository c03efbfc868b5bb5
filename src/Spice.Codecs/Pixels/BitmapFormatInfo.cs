namespace Spice.Codecs.Pixels;

/// <summary>Per-format sizes: bits per pixel and the minimal row length.</summary>
public static class BitmapFormatInfo
{
    public static int BitsPerPixel(BitmapFormat format) => format switch
    {
        BitmapFormat.OneBitLE or BitmapFormat.OneBitBE => 1,
        BitmapFormat.FourBitLE or BitmapFormat.FourBitBE => 4,
        BitmapFormat.EightBit or BitmapFormat.EightBitAlpha => 8,
        BitmapFormat.SixteenBit => 16,
        BitmapFormat.TwentyFourBit => 24,
        BitmapFormat.ThirtyTwoBit or BitmapFormat.Rgba => 32,
        _ => throw new CodecException($"unknown bitmap format {(int)format}"),
    };

    /// <summary>Bytes one row of <paramref name="width"/> pixels needs, rounded up to whole bytes.</summary>
    public static long MinStride(BitmapFormat format, int width) => ((long)width * BitsPerPixel(format) + 7) >> 3;

    /// <summary>Number of palette entries the format indexes, or 0 when it has no palette.</summary>
    public static int PaletteSize(BitmapFormat format) => format switch
    {
        BitmapFormat.OneBitLE or BitmapFormat.OneBitBE => 2,
        BitmapFormat.FourBitLE or BitmapFormat.FourBitBE => 16,
        BitmapFormat.EightBit => 256,
        _ => 0,
    };
}
