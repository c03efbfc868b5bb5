namespace Spice.Client.Canvas;

/// <summary>
/// Draws zero-width polylines pixel by pixel with a rop and a solid color or tiled pattern, clipped to a region.
/// Segments follow the X server's zero-width line rules (mi "zero line": Bresenham with the default octant bias,
/// last point of every segment left out); each segment touches a pixel at most once.
/// </summary>
internal sealed class StrokePainter
{
    /// <summary>Octants whose ties step along the minor axis first (X's DEFAULTZEROLINEBIAS), bit n = octant code n.</summary>
    private const int ZeroLineBias = (1 << 3) | (1 << 7) | (1 << 6) | (1 << 4);

    private const int XDecreasing = 4, YDecreasing = 2, YMajor = 1;

    private readonly CanvasSurface _surface;
    private readonly Region _region;
    private readonly Rop _rop;
    private readonly uint _color;
    private readonly uint[]? _tile;
    private readonly int _tileWidth, _tileHeight, _tileX, _tileY;
    private readonly int[]? _dash;
    private DashPattern _dashState;
    private int _minX = int.MaxValue, _minY = int.MaxValue, _maxX = int.MinValue, _maxY = int.MinValue;

    public StrokePainter(CanvasSurface surface, Region region, Rop rop, uint color, uint[]? tile, int tileWidth, int tileHeight,
        int tileX, int tileY, int[]? dash)
    {
        _surface = surface;
        _region = region;
        _rop = rop;
        _color = color;
        _tile = tile;
        _tileWidth = tileWidth;
        _tileHeight = tileHeight;
        _tileX = tileX;
        _tileY = tileY;
        _dash = dash;
    }

    /// <summary>Bounds of the pixels written so far (empty when none).</summary>
    public CanvasRect Touched => _maxX < _minX ? default : new CanvasRect(_minX, _minY, _maxX + 1, _maxY + 1);

    public void Polyline(List<(int X, int Y)> points)
    {
        if (_dash is not null)
        {
            _dashState = DashPattern.Start(_dash);
        }

        for (int i = 1; i < points.Count; i++)
        {
            Segment(points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y);
        }
    }

    /// <summary>The pixels of one segment from (x1, y1) towards (x2, y2), the end point excluded.</summary>
    private void Segment(int x1, int y1, int x2, int y2)
    {
        long adx = (long)x2 - x1, ady = (long)y2 - y1;
        int sx = 1, sy = 1, octant = 0;
        if (adx < 0)
        {
            adx = -adx;
            sx = -1;
            octant |= XDecreasing;
        }

        if (ady < 0)
        {
            ady = -ady;
            sy = -1;
            octant |= YDecreasing;
        }

        bool xMajor = adx > ady;
        long major = xMajor ? adx : ady, minor = xMajor ? ady : adx;
        if (!xMajor)
        {
            octant |= YMajor;
        }

        if (major == 0)
        {
            return;
        }

        long bias = (ZeroLineBias >> octant) & 1;
        long e0 = -major - bias, e1 = 2 * minor, den = 2 * major;
        int majorStart = xMajor ? x1 : y1, minorStart = xMajor ? y1 : x1;
        int majorSign = xMajor ? sx : sy, minorSign = xMajor ? sy : sx;
        int limit = xMajor ? _surface.Width : _surface.Height;

        long kFrom = majorSign > 0 ? Math.Max(0, -(long)majorStart) : Math.Max(0, (long)majorStart - limit + 1);
        long kTo = majorSign > 0 ? Math.Min(major, (long)limit - majorStart) : Math.Min(major, (long)majorStart + 1);
        if (_dash is not null)
        {
            _dashState.Advance(Math.Min(kFrom, major));
        }

        for (long k = kFrom; k < kTo; k++)
        {
            long steps = FloorDiv(e0 + (k * e1), den) + 1;
            long mj = majorStart + (k * majorSign), mn = minorStart + (steps * minorSign);
            bool on = _dash is null || _dashState.On;
            if (on)
            {
                Plot(xMajor ? mj : mn, xMajor ? mn : mj);
            }

            if (_dash is not null)
            {
                _dashState.Advance(1);
            }
        }

        if (_dash is not null && kTo < major)
        {
            _dashState.Advance(major - Math.Max(kTo, kFrom));
        }
    }

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }

    private void Plot(long lx, long ly)
    {
        if ((ulong)lx >= (ulong)_surface.Width || (ulong)ly >= (ulong)_surface.Height)
        {
            return;
        }

        int x = (int)lx, y = (int)ly;
        if (!Contains(x, y))
        {
            return;
        }

        uint src = _tile is null
            ? _color
            : _tile[(Raster.Mod(y - _tileY, _tileHeight) * _tileWidth) + Raster.Mod(x - _tileX, _tileWidth)];
        ref uint d = ref _surface.Data[(y * _surface.Width) + x];
        d = _rop == Rop.Copy ? src : RopDescriptor.Apply(_rop, src, d);
        _minX = Math.Min(_minX, x);
        _minY = Math.Min(_minY, y);
        _maxX = Math.Max(_maxX, x);
        _maxY = Math.Max(_maxY, y);
    }

    private bool Contains(int x, int y)
    {
        foreach (var r in _region.Rects)
        {
            if (x >= r.Left && x < r.Right && y >= r.Top && y < r.Bottom)
            {
                return true;
            }
        }

        return false;
    }
}
