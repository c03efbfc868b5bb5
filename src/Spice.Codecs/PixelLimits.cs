namespace Spice.Codecs;

/// <summary>
/// Bounds every decoder checks a header against before it allocates or writes anything.
/// </summary>
public static class PixelLimits
{
    /// <summary>Largest width or height accepted (spice-server's own surface limit is far below this).</summary>
    public const int MaxDimension = 16384;

    /// <summary>Largest pixel count of one image: 64 megapixels.</summary>
    public const long MaxPixels = 64L * 1024 * 1024;

    public static void Check(long width, long height)
    {
        if (width <= 0 || height <= 0 || width > MaxDimension || height > MaxDimension || width * height > MaxPixels)
        {
            throw new CodecException($"image size {width}x{height} is out of range");
        }
    }
}
