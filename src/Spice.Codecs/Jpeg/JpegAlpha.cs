using System.Buffers;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// The alpha half of SPICE_IMAGE_TYPE_JPEG_ALPHA: the JPEG carries B,G,R and an LZ image of type XXXA
/// (alpha only) follows it. spice-gtk decodes that LZ image over the JPEG's pixels, filling only the A bytes;
/// when the JPEG_ALPHA flags lack TOP_DOWN the alpha rows run bottom-up.
/// </summary>
public static class JpegAlpha
{
    /// <summary>
    /// Copies the A byte of each pixel of <paramref name="alphaBgra"/> (a decoded LZ XXXA image, B,G,R,A)
    /// into <paramref name="dest"/> (the decoded JPEG), leaving B,G,R untouched.
    /// </summary>
    /// <param name="alphaTopDown">False when <paramref name="alphaBgra"/>'s first row is the bottom of the picture.</param>
    public static void Apply(ReadOnlySpan<byte> alphaBgra, int alphaStride, bool alphaTopDown, Span<byte> dest, int destStride, int width, int height)
    {
        PixelLimits.Check(width, height);
        Pixels.PixelConvert.CheckImage(alphaBgra.Length, alphaStride, width * 4L, height, "alpha");
        Pixels.PixelConvert.CheckImage(dest.Length, destStride, width * 4L, height, "destination");
        for (int y = 0; y < height; y++)
        {
            int srcRow = alphaTopDown ? y : height - 1 - y;
            var src = alphaBgra.Slice(srcRow * alphaStride, width * 4);
            var dst = dest.Slice(y * destStride, width * 4);
            for (int i = 3; i < src.Length; i += 4)
            {
                dst[i] = src[i];
            }
        }
    }

    /// <summary>
    /// Decodes a whole JPEG_ALPHA payload: the first <paramref name="jpegSize"/> bytes are the JPEG, the rest an
    /// LZ XXXA image of the same size whose top-down flag must match <paramref name="topDown"/>
    /// (SPICE_JPEG_ALPHA_FLAGS_TOP_DOWN), as spice-gtk requires.
    /// </summary>
    public static void Decode(ReadOnlySpan<byte> data, int jpegSize, bool topDown, Span<byte> dest, int destStride, out int width, out int height)
    {
        if (jpegSize <= 0 || jpegSize >= data.Length)
        {
            throw new CodecException($"JPEG_ALPHA jpeg size {jpegSize} does not fit {data.Length} bytes");
        }

        var alpha = data[jpegSize..];
        var header = LzDecoder.ReadHeader(alpha);
        JpegDecoder.Decode(data[..jpegSize], dest, destStride, out width, out height);
        if (header.Type != LzImageType.Xxxa || header.Width != width || header.Height != height || header.TopDown != topDown)
        {
            throw new CodecException($"JPEG_ALPHA plane is {header.Type} {header.Width}x{header.Height}, expected XXXA {width}x{height}");
        }

        int stride = width * 4;
        byte[] rented = ArrayPool<byte>.Shared.Rent(stride * height);
        try
        {
            var plane = rented.AsSpan(0, stride * height);

            // LzDecoder already turns bottom-up planes top-down.
            LzDecoder.Decode(alpha, plane, stride);
            Apply(plane, stride, alphaTopDown: true, dest, destStride, width, height);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
