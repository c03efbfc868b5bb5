namespace Spice.Web;

/// <summary>
/// A screen of <see cref="Width"/> x <see cref="Height"/> cut into square tiles, row-major; the
/// last column and row are narrower when the size is not a multiple of the tile size.
/// <see cref="Epoch"/> changes whenever the size does, so a tile index is only meaningful with it.
/// </summary>
internal sealed record TileGrid(int Epoch, int Width, int Height, int TileSize)
{
    public int Columns => (Width + TileSize - 1) / TileSize;

    public int Rows => (Height + TileSize - 1) / TileSize;

    public int Count => Columns * Rows;

    public TileRect this[int index]
    {
        get
        {
            var x = index % Columns * TileSize;
            var y = index / Columns * TileSize;
            return new TileRect(x, y, Math.Min(TileSize, Width - x), Math.Min(TileSize, Height - y));
        }
    }
}

internal readonly record struct TileRect(int X, int Y, int Width, int Height);
