using System.Buffers;
using SkiaSharp;
using Spice.Codecs.Jpeg;

namespace Spice.Web;

internal enum TileFormat : byte
{
    Png = 0,
    Jpeg = 1,
}

/// <summary>Opaque BGRA tiles to PNG (Skia) or JPEG (our encoder, the one the server streams with), and the guess of which suits a tile.</summary>
internal static class TileEncoder
{
    /// <summary>More distinct colors than this in one tile reads as a photo or video rather than text and flat UI.</summary>
    private const int PhotographicColors = 256;

    public static byte[] Encode(byte[] bgra, int width, int height, TileFormat format, int jpegQuality)
    {
        if (format == TileFormat.Jpeg)
        {
            var output = new ArrayBufferWriter<byte>(bgra.Length / 8 + 1024);
            JpegEncoder.Encode(bgra, width, height, width * 4, jpegQuality, output);
            return output.WrittenSpan.ToArray();
        }

        return EncodePng(bgra, width, height);
    }

    private static unsafe byte[] EncodePng(byte[] bgra, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        fixed (byte* pixels = bgra)
        {
            using var pixmap = new SKPixmap(info, (nint)pixels, width * 4);
            using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6));
            return data?.ToArray() ?? throw new InvalidOperationException($"SkiaSharp could not encode a {width}x{height} PNG tile");
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
