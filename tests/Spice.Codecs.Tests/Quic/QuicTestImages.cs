using Spice.Codecs.Quic;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Quic;

/// <summary>Pictures the QUIC tests code: corpus PNGs as B,G,R,A and a synthetic pattern shared with the golden vectors.</summary>
internal static class QuicTestImages
{
    public static readonly string[] CorpusNames = [.. Spice.TestSupport.Corpus.Names];

    /// <summary>A 1920x1080 corpus picture as tightly packed B,G,R,A (shared: do not modify).</summary>
    public static byte[] Corpus(string name, out int width, out int height)
    {
        CorpusImage image = Spice.TestSupport.Corpus.Load(name);
        width = image.Width;
        height = image.Height;
        return image.Bgra;
    }

    public static byte[] Crop(byte[] pixels, int stride, int x, int y, int width, int height)
    {
        byte[] result = new byte[width * height * 4];
        for (int row = 0; row < height; row++)
        {
            pixels.AsSpan(((y + row) * stride) + (x * 4), width * 4).CopyTo(result.AsSpan(row * width * 4));
        }

        return result;
    }

    /// <summary>
    /// Flat 8x8 tiles (runs) between gradients with a little hashed noise, and a varying alpha on the left half.
    /// The golden streams were produced by spice-common's encoder from exactly this pattern.
    /// </summary>
    public static byte[] Synthetic(int width, int height)
    {
        byte[] pixels = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int o = ((y * width) + x) * 4;
                if (((x / 8) + (y / 8)) % 3 == 0)
                {
                    pixels[o] = 50;
                    pixels[o + 1] = 100;
                    pixels[o + 2] = 200;
                    pixels[o + 3] = 255;
                    continue;
                }

                uint n = (((uint)x * 2654435761u) ^ ((uint)y * 40503u)) >> 13;
                pixels[o + 2] = (byte)((x * 3) + y + (int)(n & 7));
                pixels[o + 1] = (byte)((x * y) >> 3);
                pixels[o] = (byte)(255 - (x * 2) + (int)((n >> 4) & 3));
                pixels[o + 3] = x < width / 2 ? (byte)(x + (2 * y)) : (byte)255;
            }
        }

        return pixels;
    }

    /// <summary>Copy with every alpha byte set to 0xFF, what a decoder of an alpha-less type returns.</summary>
    public static byte[] Opaque(byte[] pixels)
    {
        byte[] copy = (byte[])pixels.Clone();
        for (int i = 3; i < copy.Length; i += 4)
        {
            copy[i] = 0xFF;
        }

        return copy;
    }

    public static byte[] Decode(byte[] stream, out QuicImageInfo info)
    {
        info = QuicDecoder.ReadHeader(stream);
        byte[] pixels = new byte[info.Width * info.Height * 4];
        QuicDecoder.Decode(stream, pixels, info.Width * 4);
        return pixels;
    }
}
