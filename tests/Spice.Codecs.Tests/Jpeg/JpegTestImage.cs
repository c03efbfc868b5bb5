namespace Spice.Codecs.Tests.Jpeg;

/// <summary>
/// A synthetic B,G,R,A picture at any size and stride: smooth gradients, a hard-edged disc and mild noise, so a
/// JPEG of it has low and high frequencies; bytes past each row's pixels hold junk the encoder must ignore.
/// </summary>
internal sealed record JpegTestImage(int Width, int Height, int Stride, byte[] Bgra)
{
    public static JpegTestImage Create(int width, int height, int stride, int seed = 1, byte alpha = 0xFF)
    {
        var rng = new Random(seed);
        var bgra = new byte[(stride * (height - 1)) + (width * 4)];
        rng.NextBytes(bgra);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = (y * stride) + (x * 4);
                double dx = x - (width * 0.6), dy = y - (height * 0.4);
                bool inDisc = (dx * dx) + (dy * dy) < width * height / 9.0;
                int noise = rng.Next(-6, 7);
                bgra[i] = Clamp((x * 255 / Math.Max(1, width - 1)) + noise);
                bgra[i + 1] = Clamp((inDisc ? 200 : 40) + noise);
                bgra[i + 2] = Clamp((y * 255 / Math.Max(1, height - 1)) + noise);
                bgra[i + 3] = alpha;
            }
        }

        return new JpegTestImage(width, height, stride, bgra);
    }

    /// <summary>The same picture copied to a tight (width x 4) stride.</summary>
    public byte[] Tight()
    {
        var tight = new byte[Width * Height * 4];
        for (int y = 0; y < Height; y++)
        {
            Bgra.AsSpan(y * Stride, Width * 4).CopyTo(tight.AsSpan(y * Width * 4));
        }

        return tight;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
