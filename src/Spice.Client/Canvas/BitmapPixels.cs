namespace Spice.Client.Canvas;

/// <summary>Unpacks an uncompressed SPICE bitmap (SPICE_BITMAP_FMT_*) into 0xAARRGGBB pixels.</summary>
internal static class BitmapPixels
{
    public static int BitsPerPixel(byte format) => format switch
    {
        1 or 2 => 1,
        3 or 4 => 4,
        5 or 10 => 8,
        6 => 16,
        7 => 24,
        8 or 9 => 32,
        _ => throw new CanvasException($"unknown bitmap format {format}"),
    };

    public static void Decode(byte format, int width, int height, int stride, bool topDown,
        ReadOnlySpan<byte> data, ReadOnlySpan<uint> palette, CanvasImage dest)
    {
        int bpp = BitsPerPixel(format);
        long rowBytes = (((long)width * bpp) + 7) / 8;
        if (width <= 0 || height <= 0 || stride < rowBytes || (long)stride * height > data.Length)
        {
            throw new CanvasException($"bitmap {width}x{height} format {format} stride {stride} does not fit its {data.Length} bytes");
        }

        if (bpp <= 8 && format != 10 && palette.IsEmpty)
        {
            throw new CanvasException($"bitmap format {format} has no palette");
        }

        for (int y = 0; y < height; y++)
        {
            var src = data.Slice((topDown ? y : height - 1 - y) * stride, (int)rowBytes);
            var dst = dest.Row(y);
            for (int x = 0; x < width; x++)
            {
                dst[x] = format switch
                {
                    1 => Pal(palette, (src[x >> 3] >> (x & 7)) & 1),
                    2 => Pal(palette, (src[x >> 3] >> (7 - (x & 7))) & 1),
                    3 => Pal(palette, (src[x >> 1] >> ((x & 1) * 4)) & 0xF),
                    4 => Pal(palette, (src[x >> 1] >> ((1 - (x & 1)) * 4)) & 0xF),
                    5 => Pal(palette, src[x]),
                    6 => Rgb555(src[2 * x] | (src[(2 * x) + 1] << 8)),
                    7 => 0xFF000000u | (uint)(src[3 * x] | (src[(3 * x) + 1] << 8) | (src[(3 * x) + 2] << 16)),
                    10 => (uint)src[x] << 24,
                    _ => (uint)(src[4 * x] | (src[(4 * x) + 1] << 8) | (src[(4 * x) + 2] << 16) | (src[(4 * x) + 3] << 24)),
                };
            }
        }
    }

    /// <summary>x1r5g5b5 to 0xFFRRGGBB, replicating the top bits into the low bits.</summary>
    public static uint Rgb555(int v)
    {
        int r = (v >> 10) & 0x1F, g = (v >> 5) & 0x1F, b = v & 0x1F;
        return 0xFF000000u | (uint)((((r << 3) | (r >> 2)) << 16) | (((g << 3) | (g >> 2)) << 8) | ((b << 3) | (b >> 2)));
    }

    /// <summary>r5g6b5 to 0xFFRRGGBB.</summary>
    public static uint Rgb565(int v)
    {
        int r = (v >> 11) & 0x1F, g = (v >> 5) & 0x3F, b = v & 0x1F;
        return 0xFF000000u | (uint)((((r << 3) | (r >> 2)) << 16) | (((g << 2) | (g >> 4)) << 8) | ((b << 3) | (b >> 2)));
    }

    private static uint Pal(ReadOnlySpan<uint> palette, int index) =>
        index < palette.Length ? palette[index] : 0u;
}
