using SkiaSharp;

namespace Spice.Web;

internal enum TileFormat : byte
{
    Png = 0,
    Jpeg = 1,
}

/// <summary>Opaque BGRA tiles to PNG or JPEG, and the guess of which suits a tile.</summary>
internal static class TileEncoder
{
    /// <summary>More distinct colors than this in one tile reads as a photo or video rather than text and flat UI.</summary>
    private const int PhotographicColors = 256;

    public static unsafe byte[] Encode(byte[] bgra, int width, int height, TileFormat format, int jpegQuality)
    {
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        fixed (byte* pixels = bgra)
        {
            using var pixmap = new SKPixmap(info, (nint)pixels, width * 4);
            using var data = format == TileFormat.Jpeg
                ? pixmap.Encode(new SKJpegEncoderOptions(jpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
                : pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6));
            return data?.ToArray() ?? throw new InvalidOperationException($"SkiaSharp could not encode a {width}x{height} {format} tile");
        }
    }

    public static bool IsPhotographic(ReadOnlySpan<byte> bgra)
    {
        var seen = new HashSet<uint>();
        for (var i = 0; i + 3 < bgra.Length; i += 4)
        {
            if (seen.Add((uint)(bgra[i] | (bgra[i + 1] << 8) | (bgra[i + 2] << 16))) && seen.Count > PhotographicColors)
            {
                return true;
            }
        }

        return false;
    }
}
