using SkiaSharp;

namespace Spice.TestSupport.Peers;

/// <summary>A screenshot from a peer: 32-bit pixels in B, G, R, A byte order, rows top to bottom, no padding.</summary>
public sealed class PeerImage
{
    public PeerImage(int width, int height, byte[] bgra)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (bgra.Length != width * height * 4)
        {
            throw new ArgumentException($"{bgra.Length} bytes for {width}x{height}", nameof(bgra));
        }
        Width = width;
        Height = height;
        Bgra = bgra;
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Bgra { get; }

    /// <summary>The pixel at (x, y) as (R, G, B).</summary>
    public (byte R, byte G, byte B) GetRgb(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Bgra[i + 2], Bgra[i + 1], Bgra[i]);
    }

    /// <summary>True when every pixel has the same colour (alpha ignored).</summary>
    public bool IsUniform()
    {
        for (var i = 4; i < Bgra.Length; i += 4)
        {
            if (Bgra[i] != Bgra[0] || Bgra[i + 1] != Bgra[1] || Bgra[i + 2] != Bgra[2])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Number of distinct colours (alpha ignored).</summary>
    public int CountColors()
    {
        var set = new HashSet<int>();
        for (var i = 0; i < Bgra.Length; i += 4)
        {
            set.Add(Bgra[i] | (Bgra[i + 1] << 8) | (Bgra[i + 2] << 16));
        }
        return set.Count;
    }

    /// <summary>Pixels whose colour differs from <paramref name="other"/> in the rectangle (alpha ignored).</summary>
    public int CountDifferences(PeerImage other, int x0, int y0, int width, int height)
    {
        if (x0 + width > Math.Min(Width, other.Width) || y0 + height > Math.Min(Height, other.Height))
        {
            throw new ArgumentException($"region {x0},{y0} {width}x{height} outside {Width}x{Height} / {other.Width}x{other.Height}");
        }
        var n = 0;
        for (var y = y0; y < y0 + height; y++)
        {
            for (var x = x0; x < x0 + width; x++)
            {
                var a = ((y * Width) + x) * 4;
                var b = ((y * other.Width) + x) * 4;
                if (Bgra[a] != other.Bgra[b] || Bgra[a + 1] != other.Bgra[b + 1] || Bgra[a + 2] != other.Bgra[b + 2])
                {
                    n++;
                }
            }
        }
        return n;
    }

    /// <summary>Writes a PNG (creating the folder); returns the path.</summary>
    public string SavePng(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var info = new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        System.Runtime.InteropServices.Marshal.Copy(Bgra, 0, bitmap.GetPixels(), Bgra.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var fs = File.Create(path);
        data.SaveTo(fs);
        return path;
    }

    /// <summary>Decodes a PNG (or any format SkiaSharp reads) into BGRA.</summary>
    public static PeerImage FromFile(string path)
    {
        using var decoded = SKBitmap.Decode(path) ?? throw new InvalidDataException($"cannot decode {path}");
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        using var converted = new SKBitmap(info);
        if (!decoded.CopyTo(converted, SKColorType.Bgra8888))
        {
            using var canvas = new SKCanvas(converted);
            canvas.DrawBitmap(decoded, 0, 0);
        }
        var bytes = new byte[decoded.Width * decoded.Height * 4];
        System.Runtime.InteropServices.Marshal.Copy(converted.GetPixels(), bytes, 0, bytes.Length);
        return new PeerImage(decoded.Width, decoded.Height, bytes);
    }
}
