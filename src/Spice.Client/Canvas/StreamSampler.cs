namespace Spice.Client.Canvas;

/// <summary>
/// Maps destination pixels of a stream frame to frame pixels: identity when the sizes match, otherwise pixman's
/// nearest filter under a scale transform of (src/dest) converted to 16.16 by truncation, sampling pixel centres.
/// </summary>
internal readonly struct StreamSampler
{
    private readonly int _width, _height;
    private readonly bool _scaled, _topDown;
    private readonly long _mx, _my, _x0, _y0;

    public StreamSampler(int width, int height, long destWidth, long destHeight, bool topDown)
    {
        _width = width;
        _height = height;
        _topDown = topDown;
        _scaled = destWidth != width || destHeight != height;
        _mx = (long)((double)width / destWidth * 65536.0);
        _my = (long)((double)height / destHeight * 65536.0);
        _x0 = ((_mx * 0x8000) + 0x8000) >> 16;
        _y0 = ((_my * 0x8000) + 0x8000) >> 16;
    }

    /// <summary>Writes the area <paramref name="r"/> (inside the surface) of a frame placed at <paramref name="dest"/>.</summary>
    public void Draw(CanvasSurface surface, CanvasRect r, CanvasRect dest, ReadOnlySpan<uint> frame)
    {
        var data = surface.Data;
        for (int y = r.Top; y < r.Bottom; y++)
        {
            long j = y - dest.Top;
            long sy = _scaled ? ((_my * j) + _y0 - 1) >> 16 : j;
            var row = data.AsSpan((y * surface.Width) + r.Left, r.Width);
            if ((ulong)sy >= (ulong)_height)
            {
                row.Clear();
                continue;
            }

            int srcRow = _topDown ? (int)sy : _height - 1 - (int)sy;
            var src = frame.Slice(srcRow * _width, _width);
            long i = r.Left - dest.Left;
            if (!_scaled)
            {
                src.Slice((int)i, r.Width).CopyTo(row);
                continue;
            }

            long vx = (_mx * i) + _x0 - 1;
            for (int k = 0; k < row.Length; k++, vx += _mx)
            {
                long sx = vx >> 16;
                row[k] = (ulong)sx < (ulong)_width ? src[(int)sx] : 0;
            }
        }
    }
}
