namespace Spice.Codecs.Glz;

/// <summary>
/// A decoded GLZ image as its <see cref="GlzDecoderWindow"/> holds it: <see cref="Width"/> x <see cref="Height"/>
/// final B,G,R,A pixels (A = 0xFF unless RGBA), top row first, packed. Returned by
/// <see cref="GlzDecoder.DecodeShared"/> so a caller can draw from the window's own buffer instead of a copy;
/// the caller must not write the pixels and calls <see cref="Release"/> once when done. The buffer is reused only
/// after both the caller and the window let go of it.
/// </summary>
public sealed class GlzImage
{
    private readonly GlzDecoderWindow _window;

    internal GlzImage(GlzDecoderWindow window, uint[] pixels, int width, int height)
    {
        _window = window;
        Pixels = pixels;
        Width = width;
        Height = height;
    }

    /// <summary>Exactly <see cref="Width"/> * <see cref="Height"/> pixels.</summary>
    public uint[] Pixels { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Holders: the window while it keeps the image, plus each caller. Changed under the window's lock.</summary>
    internal int Refs { get; set; } = 1;

    /// <summary>Gives the caller's reference back.</summary>
    public void Release() => _window.Release(this);
}
