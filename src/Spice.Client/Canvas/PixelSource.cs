namespace Spice.Client.Canvas;

/// <summary>
/// Pixels a draw reads from: a decoded image (owned reference, released by <see cref="Dispose"/>) or a surface.
/// </summary>
internal readonly struct PixelSource : IDisposable
{
    private readonly CanvasImage? _owned;

    public PixelSource(CanvasImage image)
    {
        _owned = image;
        Data = image.Pixels;
        Width = image.Width;
        Height = image.Height;
        Kind = image.Kind;
    }

    public PixelSource(uint[] data, int width, int height, ImageKind kind)
    {
        _owned = null;
        Data = data;
        Width = width;
        Height = height;
        Kind = kind;
    }

    public uint[] Data { get; }

    public int Width { get; }

    public int Height { get; }

    public ImageKind Kind { get; }

    public bool HasAlpha => Kind == ImageKind.Argb;

    /// <summary>The pixel at (x, y), or 0 (transparent) outside the image.</summary>
    public uint At(int x, int y) => (uint)x < (uint)Width && (uint)y < (uint)Height ? Data[(y * Width) + x] : 0;

    public void Dispose() => _owned?.Release();
}
