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
}
