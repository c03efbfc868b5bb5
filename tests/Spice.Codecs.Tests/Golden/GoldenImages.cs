namespace Spice.Codecs.Tests.Golden;

/// <summary>
/// The synthetic 37x23 pictures the C harness encoded: a checkerboard of flat blocks and gradients (so both
/// matches and literals occur), alpha 255 on the left half and a per-row ramp on the right, and a 5-colour
/// index picture for the palette types.
/// </summary>
internal static class GoldenImages
{
    public const int Width = 37, Height = 23;

    /// <summary>B,G,R,A rows, top-down.</summary>
    public static byte[] Bgra()
    {
        var px = new byte[Width * Height * 4];
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                int i = ((y * Width) + x) * 4;
                bool block = (((x / 8) + (y / 4)) & 1) != 0;
                px[i] = block ? (byte)0x20 : (byte)(x * 7);
                px[i + 1] = block ? (byte)0x40 : (byte)(y * 11);
                px[i + 2] = block ? (byte)0x60 : (byte)((x ^ y) * 3);
                px[i + 3] = x < 18 ? (byte)255 : (byte)(y * 10);
            }
        }

        return px;
    }

    /// <summary>Palette index of each pixel, 0..4.</summary>
    public static int Index(int x, int y) => ((x / 3) + (y / 2)) % 5;

    /// <summary>The second GLZ picture: the first 5 rows of <see cref="Bgra"/> XORed with 0x55.</summary>
    public static byte[] BgraSecond()
    {
        byte[] px = Bgra();
        for (int i = 0; i < Width * 4 * 5; i++)
        {
            px[i] ^= 0x55;
        }

        return px;
    }

    /// <summary>Keeps B,G,R and sets A to 0xFF, as decoders of types without alpha do.</summary>
    public static byte[] Opaque(byte[] bgra)
    {
        byte[] copy = (byte[])bgra.Clone();
        for (int i = 3; i < copy.Length; i += 4)
        {
            copy[i] = 255;
        }

        return copy;
    }
}
