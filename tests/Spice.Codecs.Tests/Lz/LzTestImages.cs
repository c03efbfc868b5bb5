using SkiaSharp;

namespace Spice.Codecs.Tests.Lz;

/// <summary>Corpus pictures as B,G,R,A bytes, plus helpers the LZ/GLZ tests share.</summary>
internal static class LzTestImages
{
    public static readonly string[] Names =
        ["desktop-ui", "text-terminal", "web-page", "photo", "mixed", "solid-ui", "gradient", "noise"];

    private static readonly Dictionary<string, byte[]> Cache = [];

    public const int Width = 1920;
    public const int Height = 1080;

    public static byte[] Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out byte[]? bytes))
            {
                string path = Path.Combine(RepoRoot(), "testdata", "corpus", name + ".png");
                using SKBitmap decoded = SKBitmap.Decode(path) ?? throw new FileNotFoundException(path);
                using SKBitmap bgra = decoded.Copy(SKColorType.Bgra8888);
                Assert.Equal(Width, bgra.Width);
                Assert.Equal(Height, bgra.Height);
                bytes = new byte[Width * Height * 4];
                for (int y = 0; y < Height; y++)
                {
                    bgra.GetPixelSpan().Slice(y * bgra.RowBytes, Width * 4).CopyTo(bytes.AsSpan(y * Width * 4));
                }

                Cache[name] = bytes;
            }

            return bytes;
        }
    }

    public static byte[] Crop(string name, int x, int y, int width, int height)
    {
        byte[] full = Load(name);
        var crop = new byte[width * height * 4];
        for (int row = 0; row < height; row++)
        {
            full.AsSpan(((y + row) * Width + x) * 4, width * 4).CopyTo(crop.AsSpan(row * width * 4));
        }

        return crop;
    }

    /// <summary>The same pixels with A forced to 0xFF, which is what decoding an opaque type gives back.</summary>
    public static byte[] Opaque(byte[] bgra)
    {
        var copy = (byte[])bgra.Clone();
        for (int i = 3; i < copy.Length; i += 4)
        {
            copy[i] = 0xFF;
        }

        return copy;
    }

    /// <summary>Gives a picture a varied alpha channel (soft edges, a run, noise) for RGBA tests.</summary>
    public static byte[] WithAlpha(byte[] bgra, int width)
    {
        var copy = (byte[])bgra.Clone();
        for (int i = 0; i < copy.Length / 4; i++)
        {
            int x = i % width, y = i / width;
            copy[(i * 4) + 3] = (byte)(x < width / 3 ? 255 : x < 2 * width / 3 ? (x * 7) ^ y : copy[i * 4]);
        }

        return copy;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Spice.slnx not found above " + AppContext.BaseDirectory);
    }
}
