using System.Buffers;
using SkiaSharp;

namespace Spice.Codecs.Jpeg;

/// <summary>Encodes B,G,R,A pixels as a baseline 4:2:0 JPEG (alpha ignored) with Skia, as spice-server's jpeg encoder does with libjpeg.</summary>
public static class JpegEncoder
{
    /// <summary>Writes the JPEG of <paramref name="bgra"/> (top-down) to <paramref name="output"/>; returns its length.</summary>
    /// <param name="quality">1..100, libjpeg's scale.</param>
    public static unsafe int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, int quality, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        PixelLimits.Check(width, height);
        Pixels.PixelConvert.CheckImage(bgra.Length, stride, width * 4L, height, "source");
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        var options = new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
        fixed (byte* src = bgra)
        {
            using var pixmap = new SKPixmap(info, (IntPtr)src, stride);
            using var data = pixmap.Encode(options) ?? throw new CodecException("JPEG encode failed");
            var bytes = data.AsSpan();
            bytes.CopyTo(output.GetSpan(bytes.Length));
            output.Advance(bytes.Length);
            return bytes.Length;
        }
    }
}
