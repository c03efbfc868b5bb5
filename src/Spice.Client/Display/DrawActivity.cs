using Spice.Client.Canvas;

namespace Spice.Client.Display;

/// <summary>
/// Remembers where and when the primary surface was redrawn, so "settled" can mean something a
/// live desktop reaches: either only negligible redraws lately (a blinking text cursor), or redraws
/// that stay confined to places that had already changed lately (a clock, a bouncing
/// ball, a video band) while nothing else changes.
/// </summary>
internal sealed class DrawActivity
{
    /// <summary>Redraws smaller than this share of the primary surface within the window do not count as activity.</summary>
    private const double NegligibleShare = 0.005;

    /// <summary>Edge of the square cells the surface is divided into when comparing where redraws happen.</summary>
    private const int CellSize = 32;

    /// <summary>Bound on remembered redraws; the oldest go first.</summary>
    private const int MaxRecords = 16384;

    private readonly Lock _lock = new();
    private readonly Queue<(long Tick, CanvasRect Area)> _recent = new();
    private readonly Func<long> _now;
    private long _lastSignificant;
    private long _surfaceAt = -1;
    private int _columns;
    private int _rows;
    private int _drawsSinceSurface;

    public DrawActivity(Func<long>? clock = null)
    {
        _now = clock ?? (() => Environment.TickCount64);
        _lastSignificant = _now();
    }

    /// <summary>A primary surface of this size was created: what was drawn before no longer matters.</summary>
    public void SurfaceCreated(int width, int height)
    {
        lock (_lock)
        {
            _recent.Clear();
            _surfaceAt = _lastSignificant = _now();
            _columns = (width + CellSize - 1) / CellSize;
            _rows = (height + CellSize - 1) / CellSize;
            _drawsSinceSurface = 0;
        }
    }

    /// <summary>The primary surface went away.</summary>
    public void SurfaceDestroyed()
    {
        lock (_lock)
        {
            _recent.Clear();
            _surfaceAt = -1;
            _lastSignificant = _now();
        }
    }

    /// <summary>Pixels of the primary surface in <paramref name="area"/> changed.</summary>
    public void Record(CanvasRect area)
    {
        lock (_lock)
        {
            _recent.Enqueue((_now(), area));
            _drawsSinceSurface++;
            while (_recent.Count > MaxRecords)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>
    /// Settled when the primary exists and either, over the last <paramref name="quiet"/>, the redrawn
    /// area stayed under the negligible share of the screen; or, once the surface is three windows
    /// (of twice <paramref name="quiet"/>) old and was drawn on, every cell redrawn in the last window
    /// had already changed in the two windows before it. Two windows of history let motion slower
    /// than one window (a ball crossing its box) count as confined; redraws in the first window after
    /// the surface was created (the first full update) are not history, or everything would be.
    /// </summary>
    public bool IsSettled(TimeSpan quiet)
    {
        var now = _now();
        var quietMs = Math.Max(1, (long)quiet.TotalMilliseconds);
        var window = 2 * quietMs;
        lock (_lock)
        {
            if (_surfaceAt < 0)
            {
                return false;
            }

            while (_recent.Count > 0 && _recent.Peek().Tick <= now - (3 * window))
            {
                _recent.Dequeue();
            }

            return IsQuiet(now, quietMs) || IsConfined(now, window);
        }
    }

    private bool IsQuiet(long now, long quietMs)
    {
        if (_lastSignificant > now - quietMs)
        {
            return false;
        }

        var screen = (long)_columns * _rows * CellSize * CellSize;
        long area = 0;
        foreach (var (tick, rect) in _recent)
        {
            if (tick > now - quietMs)
            {
                area += (long)rect.Width * rect.Height;
            }
        }

        return area <= screen * NegligibleShare;
    }

    private bool IsConfined(long now, long window)
    {
        if (_drawsSinceSurface < 2 || now - _surfaceAt < 3 * window)
        {
            return false;
        }

        var cells = _columns * _rows;
        var before = new bool[cells];
        var recent = new bool[cells];
        var border = now - window;
        var firstUpdateEnd = _surfaceAt + window;
        foreach (var (tick, rect) in _recent)
        {
            if (tick > border)
            {
                ForEachCell(rect, recent);
            }
            else if (tick >= firstUpdateEnd)
            {
                ForEachCell(rect, before);
            }
        }

        for (var cell = 0; cell < cells; cell++)
        {
            if (recent[cell] && !before[cell])
            {
                return false;
            }
        }

        return true;
    }

    private void ForEachCell(CanvasRect rect, bool[] mark)
    {
        if (rect.IsEmpty)
        {
            return;
        }

        var left = Math.Clamp(rect.Left / CellSize, 0, _columns - 1);
        var right = Math.Clamp((rect.Right - 1) / CellSize, 0, _columns - 1);
        var top = Math.Clamp(rect.Top / CellSize, 0, _rows - 1);
        var bottom = Math.Clamp((rect.Bottom - 1) / CellSize, 0, _rows - 1);
        for (var row = top; row <= bottom; row++)
        {
            for (var column = left; column <= right; column++)
            {
                mark[(row * _columns) + column] = true;
            }
        }
    }
}
