using SkiaSharp;

namespace Spice.Codecs.Jpeg;

/// <summary>Video-frame entry points: one header parse per frame, and decoding straight into the picture the frame lands in.</summary>
public static partial class JpegDecoder
{
    /// <summary>
    /// Decodes into <paramref name="buffer"/> (B,G,R,A, top-down, stride width * 4), replacing it with a larger
    /// array only when the picture does not fit, so a stream's frames reuse one buffer.
    /// </summary>
    public static unsafe void Decode(ReadOnlySpan<byte> jpeg, ref byte[] buffer, out int width, out int height)
    {
        fixed (byte* src = jpeg)
        {
            using var codec = Open(src, jpeg.Length);
            width = codec.Info.Width;
            height = codec.Info.Height;
            PixelLimits.Check(width, height);
            var needed = width * height * 4;
            if (needed > buffer.Length)
            {
                buffer = new byte[needed];
            }

            fixed (byte* dst = buffer)
            {
                GetPixels(codec, width, height, dst, width * 4);
            }
        }
    }

    /// <summary>
    /// Decodes a picture of exactly <paramref name="width"/> x <paramref name="height"/> straight into
    /// <paramref name="dest"/> (its first row at offset 0, rows <paramref name="destStride"/> bytes apart; with
    /// <paramref name="bottomUp"/> the picture's first row goes to the last destination row). Returns false
    /// with nothing written when the picture has another size or the data does not end in an EOI marker (a
    /// truncated frame), so the caller can decode it elsewhere and keep the destination intact on failure.
    /// </summary>
    public static unsafe bool TryDecodeExact(ReadOnlySpan<byte> jpeg, int width, int height, Span<byte> dest, int destStride, bool bottomUp)
    {
        if (jpeg.Length < 4 || jpeg[^2] != 0xFF || jpeg[^1] != JpegMarkers.Eoi)
        {
            return false;
        }

        fixed (byte* src = jpeg)
        {
            using var codec = Open(src, jpeg.Length);
            if (codec.Info.Width != width || codec.Info.Height != height)
            {
                return false;
            }

            PixelLimits.Check(width, height);
            Pixels.PixelConvert.CheckImage(dest.Length, destStride, width * 4L, height, "destination");
            fixed (byte* dst = dest)
            {
                if (bottomUp)
                {
                    GetRowsBottomUp(codec, width, height, dst, destStride);
                }
                else
                {
                    GetPixels(codec, width, height, dst, destStride);
                }
            }
        }

        return true;
    }

    /// <summary>Row by row through Skia's scanline decoder (JPEG scanlines come top-down), each into its flipped place.</summary>
    private static unsafe void GetRowsBottomUp(SKCodec codec, int width, int height, byte* dst, int destStride)
    {
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        var result = codec.StartScanlineDecode(info);
        if (result != SKCodecResult.Success)
        {
            throw new CodecException($"JPEG decode failed: {result}");
        }

        for (var y = 0; y < height; y++)
        {
            var row = dst + ((long)(height - 1 - y) * destStride);
            if (codec.GetScanlines((IntPtr)row, 1, width * 4) != 1)
            {
                throw new CodecException($"JPEG decode failed at row {y}");
            }
        }
    }
}
