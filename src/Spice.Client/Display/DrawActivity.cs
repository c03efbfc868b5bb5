namespace Spice.Client.Display;

/// <summary>
/// Remembers how much of the screen was redrawn recently, so "settled" can mean "only small
/// redraws lately" (a blinking text cursor never stops drawing) rather than "no draw at all".
/// </summary>
internal sealed class DrawActivity
{
    /// <summary>Redraws smaller than this share of the primary surface within the window do not count as activity.</summary>
    private const double NegligibleShare = 0.005;

    private readonly Lock _lock = new();
    private readonly Queue<(long Tick, long Area)> _recent = new();
    private long _lastSignificant = Environment.TickCount64;

    public void Record(long area)
    {
        lock (_lock)
        {
            _recent.Enqueue((Environment.TickCount64, area));
            while (_recent.Count > 4096)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>Marks a change that always counts, such as a new surface.</summary>
    public void RecordSignificant()
    {
        lock (_lock)
        {
            _lastSignificant = Environment.TickCount64;
        }
    }

    /// <summary>True when, over the last <paramref name="quiet"/>, the redrawn area stayed under the negligible share of <paramref name="screenArea"/>.</summary>
    public bool IsQuiet(TimeSpan quiet, long screenArea)
    {
        var now = Environment.TickCount64;
        var since = now - (long)quiet.TotalMilliseconds;
        lock (_lock)
        {
            if (_lastSignificant > since)
            {
                return false;
            }

            while (_recent.Count > 0 && _recent.Peek().Tick < since)
            {
                _recent.Dequeue();
            }

            var area = _recent.Sum(e => e.Area);
            return area <= screenArea * NegligibleShare;
        }
    }
}
