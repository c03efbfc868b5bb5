using System.Drawing;

namespace Spice.Server.Display;

/// <summary>
/// A client's dirty region as a grid of tiles, each with the bounding box of what changed in it.
/// Its size depends only on the surface, never on how many updates arrive: a client that reads
/// slowly has the same grid, just with bigger boxes.
/// </summary>
internal sealed class DirtyGrid
{
    private Rectangle[] _boxes = [];
    private int _columns;
    private int _rows;
    private int _dirtyCount;
    private int _next;

    public DirtyGrid(int tileSize)
    {
        TileSize = tileSize;
    }

    public int TileSize { get; }

    public bool IsEmpty => _dirtyCount == 0;

    public void Reset(int width, int height)
    {
        _columns = (width + TileSize - 1) / TileSize;
        _rows = (height + TileSize - 1) / TileSize;
        _boxes = new Rectangle[_columns * _rows];
        _dirtyCount = 0;
        _next = 0;
    }

    public void Clear()
    {
        Array.Clear(_boxes);
        _dirtyCount = 0;
    }

    public void Add(Rectangle area)
    {
        if (area.IsEmpty)
        {
            return;
        }

        var firstColumn = Math.Max(0, area.Left / TileSize);
        var lastColumn = Math.Min(_columns - 1, (area.Right - 1) / TileSize);
        var firstRow = Math.Max(0, area.Top / TileSize);
        var lastRow = Math.Min(_rows - 1, (area.Bottom - 1) / TileSize);
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var cell = new Rectangle(column * TileSize, row * TileSize, TileSize, TileSize);
                var part = Rectangle.Intersect(cell, area);
                if (part.IsEmpty)
                {
                    continue;
                }

                ref var box = ref _boxes[(row * _columns) + column];
                if (box.IsEmpty)
                {
                    box = part;
                    _dirtyCount++;
                }
                else
                {
                    box = Rectangle.Union(box, part);
                }
            }
        }
    }

    public bool Intersects(Rectangle area)
    {
        if (_dirtyCount == 0)
        {
            return false;
        }

        foreach (var box in _boxes)
        {
            if (!box.IsEmpty && box.IntersectsWith(area))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes the next dirty box, going round the grid so no tile waits forever.</summary>
    public bool TryTake(out Rectangle box)
    {
        box = Rectangle.Empty;
        if (_dirtyCount == 0)
        {
            return false;
        }

        for (var i = 0; i < _boxes.Length; i++)
        {
            var index = (_next + i) % _boxes.Length;
            if (_boxes[index].IsEmpty)
            {
                continue;
            }

            box = _boxes[index];
            _boxes[index] = Rectangle.Empty;
            _dirtyCount--;
            _next = (index + 1) % _boxes.Length;
            return true;
        }

        return false;
    }
}
