using System.Drawing;

namespace Spice.Server.Display.Streams;

/// <summary>
/// Finds areas redrawn at video rate: the same rectangle invalidated again and again, at least
/// <see cref="StartFrames"/> times with no gap over <see cref="MaxGapMilliseconds"/>, over at least
/// <see cref="MinDurationMilliseconds"/>. A handful of candidates is kept, the stalest replaced first,
/// so the memory it needs never depends on how many updates arrive.
/// </summary>
internal sealed class VideoDetector
{
    public const int StartFrames = 10;
    public const int MaxGapMilliseconds = 200;
    public const int MinDurationMilliseconds = 250;

    /// <summary>Redraws closer together than this count once: a burst is not video.</summary>
    public const int MinFrameMilliseconds = 5;

    /// <summary>Smallest area worth a stream (spice-server's 96x96).</summary>
    public const int MinPixels = 96 * 96;

    private const int Slots = 8;

    private readonly Candidate[] _candidates = new Candidate[Slots];

    /// <summary>Notes a redraw of <paramref name="area"/>; true when it has just become video.</summary>
    public bool Observe(Rectangle area, long now)
    {
        if (area.Width * area.Height < MinPixels)
        {
            return false;
        }

        var stalest = 0;
        for (var i = 0; i < Slots; i++)
        {
            ref var c = ref _candidates[i];
            if (c.Area == area)
            {
                return c.Redrawn(now);
            }

            if (c.LastSeen < _candidates[stalest].LastSeen)
            {
                stalest = i;
            }
        }

        _candidates[stalest] = new Candidate { Area = area, FirstSeen = now, LastSeen = now, Frames = 1 };
        return false;
    }

    public void Forget(Rectangle area)
    {
        for (var i = 0; i < Slots; i++)
        {
            if (_candidates[i].Area.IntersectsWith(area))
            {
                _candidates[i] = default;
            }
        }
    }

    public void Clear() => Array.Clear(_candidates);

    private struct Candidate
    {
        public Rectangle Area;
        public long FirstSeen;
        public long LastSeen;
        public int Frames;

        public bool Redrawn(long now)
        {
            var gap = now - LastSeen;
            if (gap > MaxGapMilliseconds)
            {
                FirstSeen = now;
                LastSeen = now;
                Frames = 1;
                return false;
            }

            if (gap < MinFrameMilliseconds)
            {
                return false;
            }

            LastSeen = now;
            Frames++;
            return Frames >= StartFrames && now - FirstSeen >= MinDurationMilliseconds;
        }
    }
}
