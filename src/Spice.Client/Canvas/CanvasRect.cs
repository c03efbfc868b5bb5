namespace Spice.Client.Canvas;

/// <summary>An area in surface pixels: left and top inclusive, right and bottom exclusive.</summary>
public readonly record struct CanvasRect(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    public bool IsEmpty => Right <= Left || Bottom <= Top;

    public CanvasRect Intersect(CanvasRect other)
    {
        var r = new CanvasRect(Math.Max(Left, other.Left), Math.Max(Top, other.Top),
            Math.Min(Right, other.Right), Math.Min(Bottom, other.Bottom));
        return r.IsEmpty ? default : r;
    }

    public CanvasRect Offset(int dx, int dy) => new(Left + dx, Top + dy, Right + dx, Bottom + dy);
}
