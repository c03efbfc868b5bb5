using SkiaSharp;

namespace Spice.Codecs.Jpeg;

/// <summary>Decodes baseline and progressive JPEG (SPICE_IMAGE_TYPE_JPEG, MJPEG frames) with Skia straight into the caller's buffer.</summary>
public static partial class JpegDecoder
{
    /// <summary>Reads the picture size from the JPEG header without decoding pixels.</summary>
    public static unsafe void ReadSize(ReadOnlySpan<byte> jpeg, out int width, out int height)
    {
        fixed (byte* src = jpeg)
        {
            using var codec = Open(src, jpeg.Length);
            width = codec.Info.Width;
            height = codec.Info.Height;
            PixelLimits.Check(width, height);
        }
    }

    /// <summary>Decodes into 32bpp B,G,R,A (A = 0xFF), top-down, <paramref name="destStride"/> bytes per row.</summary>
    public static unsafe void Decode(ReadOnlySpan<byte> jpeg, Span<byte> dest, int destStride, out int width, out int height)
    {
        fixed (byte* src = jpeg)
        {
            using var codec = Open(src, jpeg.Length);
            width = codec.Info.Width;
            height = codec.Info.Height;
            PixelLimits.Check(width, height);
            Pixels.PixelConvert.CheckImage(dest.Length, destStride, width * 4L, height, "destination");
            fixed (byte* dst = dest)
            {
                GetPixels(codec, width, height, dst, destStride);
            }
        }
    }

    /// <summary>One call into libjpeg-turbo: B,G,R,A opaque, so Skia neither swizzles nor premultiplies afterwards.</summary>
    private static unsafe void GetPixels(SKCodec codec, int width, int height, byte* dst, int destStride)
    {
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        var result = codec.GetPixels(info, (IntPtr)dst, destStride, SKCodecOptions.Default);
        if (result != SKCodecResult.Success)
        {
            throw new CodecException($"JPEG decode failed: {result}");
        }
    }

    private static unsafe SKCodec Open(byte* src, int length)
    {
        if (length < 4 || src[0] != 0xFF || src[1] != 0xD8)
        {
            throw new CodecException("data is not a JPEG (no SOI marker)");
        }

        // The SKData borrows the caller's pinned bytes; it and the codec are disposed before the pin ends.
        var data = SKData.Create((IntPtr)src, length, null);
        if (data is null)
        {
            throw new CodecException("JPEG data could not be wrapped");
        }

        SKCodec? codec;
        try
        {
            codec = SKCodec.Create(data) ?? throw new CodecException("JPEG header is invalid");
        }
        finally
        {
            data.Dispose();
        }

        if (codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
        {
            codec.Dispose();
            throw new CodecException($"data is {codec.EncodedFormat}, not JPEG");
        }

        return codec;
    }
}
