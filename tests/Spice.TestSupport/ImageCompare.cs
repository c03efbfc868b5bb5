namespace Spice.TestSupport;

/// <summary>Compares two B,G,R,A images of the same size, each with its own stride.</summary>
public static class ImageCompare
{
    /// <summary>
    /// Peak signal-to-noise ratio in dB over the B, G and R channels (alpha ignored);
    /// <see cref="double.PositiveInfinity"/> when the colours are identical.
    /// </summary>
    public static double Psnr(ReadOnlySpan<byte> a, int strideA, ReadOnlySpan<byte> b, int strideB, int width, int height)
    {
        Check(a, strideA, b, strideB, width, height);
        double sum = 0;
        for (int y = 0; y < height; y++)
        {
            var ra = a.Slice(y * strideA, width * 4);
            var rb = b.Slice(y * strideB, width * 4);
            long rowSum = 0;
            for (int i = 0; i < ra.Length; i++)
            {
                if ((i & 3) == 3)
                {
                    continue;
                }

                int d = ra[i] - rb[i];
                rowSum += d * d;
            }

            sum += rowSum;
        }

        if (sum == 0)
        {
            return double.PositiveInfinity;
        }

        double mse = sum / (3.0 * width * height);
        return 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    /// <summary>Number of pixels whose 4 bytes differ (alpha included unless <paramref name="ignoreAlpha"/>).</summary>
    public static int CountDifferentPixels(ReadOnlySpan<byte> a, int strideA, ReadOnlySpan<byte> b, int strideB, int width, int height, bool ignoreAlpha = false)
    {
        Check(a, strideA, b, strideB, width, height);
        uint mask = ignoreAlpha ? 0x00FFFFFFu : 0xFFFFFFFFu;
        int count = 0;
        for (int y = 0; y < height; y++)
        {
            var ra = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(a.Slice(y * strideA, width * 4));
            var rb = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(b.Slice(y * strideB, width * 4));
            for (int x = 0; x < width; x++)
            {
                if (((ra[x] ^ rb[x]) & mask) != 0)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static void Check(ReadOnlySpan<byte> a, int strideA, ReadOnlySpan<byte> b, int strideB, int width, int height)
    {
        if (width <= 0 || height <= 0 || strideA < width * 4 || strideB < width * 4
            || (long)strideA * (height - 1) + width * 4 > a.Length || (long)strideB * (height - 1) + width * 4 > b.Length)
        {
            throw new ArgumentException($"images do not hold {width}x{height} pixels at strides {strideA}/{strideB}");
        }
    }
}
