using System.Collections.Concurrent;
using SkiaSharp;

namespace Spice.TestSupport;

/// <summary>A decoded picture: B,G,R,A bytes, top-down, stride = width * 4.</summary>
public sealed record CorpusImage(string Name, int Width, int Height, byte[] Bgra)
{
    public int Stride => Width * 4;

    /// <summary>A copy of the rectangle at (x, y) of size w x h, packed with stride w * 4.</summary>
    public byte[] Crop(int x, int y, int w, int h)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        if (w <= 0 || h <= 0 || x + w > Width || y + h > Height)
        {
            throw new ArgumentOutOfRangeException(nameof(w), $"crop {x},{y} {w}x{h} exceeds {Width}x{Height}");
        }

        var result = new byte[w * h * 4];
        for (int row = 0; row < h; row++)
        {
            Bgra.AsSpan(((y + row) * Width + x) * 4, w * 4).CopyTo(result.AsSpan(row * w * 4));
        }

        return result;
    }

    /// <summary>The rectangle at (x, y) of size w x h as a picture of its own, with this picture's name.</summary>
    public CorpusImage SubImage(int x, int y, int w, int h) => new(Name, w, h, Crop(x, y, w, h));
}

/// <summary>The pictures of testdata/corpus, decoded once per process and shared (treat them as read-only).</summary>
public static class Corpus
{
    /// <summary>Names of the corpus pictures (file names without .png).</summary>
    public static readonly IReadOnlyList<string> Names =
        ["desktop-ui", "text-terminal", "web-page", "photo", "mixed", "solid-ui", "gradient", "noise"];

    private static readonly ConcurrentDictionary<string, CorpusImage> Cache = new();

    /// <summary>The repository root: the nearest folder above the running binaries that holds Spice.slnx.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Loads testdata/corpus/<paramref name="name"/>.png as opaque B,G,R,A.</summary>
    public static CorpusImage Load(string name) => Cache.GetOrAdd(name, Decode);

    private static CorpusImage Decode(string name)
    {
        string path = Path.Combine(RepoRoot, "testdata", "corpus", name + ".png");
        using var bitmap = SKBitmap.Decode(path) ?? throw new FileNotFoundException("corpus picture missing or unreadable", path);
        var info = new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        var bytes = new byte[info.BytesSize];
        unsafe
        {
            fixed (byte* p = bytes)
            {
                using var pixmap = bitmap.PeekPixels();
                if (pixmap is null || !pixmap.ReadPixels(info, (IntPtr)p, info.RowBytes, 0, 0))
                {
                    throw new InvalidDataException($"cannot convert {path} to BGRA");
                }
            }
        }

        return new CorpusImage(name, info.Width, info.Height, bytes);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no folder above " + AppContext.BaseDirectory + " holds Spice.slnx");
    }
}
