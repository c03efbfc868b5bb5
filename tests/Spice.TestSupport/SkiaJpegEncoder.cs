using System.Buffers;
using SkiaSharp;

namespace Spice.TestSupport;

/// <summary>
/// Skia's (libjpeg-turbo's) baseline 4:2:0 JPEG encoder, which Spice.Codecs used before it had its own: the
/// yardstick tests and benchmarks hold our encoder's quality, size and speed against.
/// </summary>
public static class SkiaJpegEncoder
{
    /// <summary>Writes the JPEG of <paramref name="bgra"/> (top-down, alpha ignored) to <paramref name="output"/>; returns its length.</summary>
    public static unsafe int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, int quality, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        var options = new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
        fixed (byte* src = bgra)
        {
            using var pixmap = new SKPixmap(info, (IntPtr)src, stride);
            using var data = pixmap.Encode(options) ?? throw new InvalidOperationException("Skia JPEG encode failed");
            var bytes = data.AsSpan();
            bytes.CopyTo(output.GetSpan(bytes.Length));
            output.Advance(bytes.Length);
            return bytes.Length;
        }
    }
}
