using System.Buffers;

namespace Spice.Client.Canvas;

internal enum ImageKind : byte
{
    /// <summary>32bpp, alpha byte not meaningful (pixman x8r8g8b8).</summary>
    Xrgb,

    /// <summary>32bpp with alpha (pixman a8r8g8b8).</summary>
    Argb,

    /// <summary>1bpp mask: each pixel is 0 or 1.</summary>
    A1,
}

/// <summary>
/// A decoded image: pooled 0xAARRGGBB pixels, reference counted so an image can sit in the pixmap cache
/// and be used by a draw at the same time; the buffer goes back to the pool when the last user releases it.
/// </summary>
internal sealed class CanvasImage
{
    private int _refs = 1;

    /// <summary>Hands borrowed pixels back (set for a decoder's own buffer), else they return to the pool.</summary>
    private readonly Action? _giveBack;

    public CanvasImage(int width, int height, ImageKind kind)
    {
        Width = width;
        Height = height;
        Kind = kind;
        Pixels = ArrayPool<uint>.Shared.Rent(Math.Max(1, width * height));
    }

    /// <summary>An image over <paramref name="pixels"/> owned elsewhere, such as the GLZ window's copy: read only.</summary>
    public CanvasImage(int width, int height, ImageKind kind, uint[] pixels, Action giveBack)
    {
        Width = width;
        Height = height;
        Kind = kind;
        Pixels = pixels;
        _giveBack = giveBack;
    }

    public int Width { get; }

    public int Height { get; }

    public ImageKind Kind { get; set; }

    public uint[] Pixels { get; private set; }

    public long ByteSize => (long)Width * Height * 4;

    public Span<uint> Row(int y) => Pixels.AsSpan(y * Width, Width);

    public CanvasImage AddRef()
    {
        _refs++;
        return this;
    }

    public void Release()
    {
        if (--_refs == 0)
        {
            if (_giveBack != null)
            {
                _giveBack();
            }
            else
            {
                ArrayPool<uint>.Shared.Return(Pixels);
            }

            Pixels = [];
        }
    }
}
