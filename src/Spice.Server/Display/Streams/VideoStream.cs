using System.Drawing;
using Spice.Codecs.Mjpeg;

namespace Spice.Server.Display.Streams;

/// <summary>
/// One client's MJPEG stream over one area of the surface: whether a new frame is waiting, when the
/// last one went, which parts other draws have taken out of it (sent losslessly, clipped from the
/// video) and the pace the client keeps.
/// </summary>
internal sealed class VideoStream
{
    /// <summary>Parts taken out of the stream at most; more are merged into the last.</summary>
    public const int MaxExclusions = 4;

    /// <summary>An area no longer redrawn for this long stops being a stream.</summary>
    public const int QuietMilliseconds = 1000;

    /// <summary>A part other draws left alone for this long goes back to the video.</summary>
    public const int ExclusionMilliseconds = 1000;

    private readonly List<(Rectangle Area, long Touched)> _exclusions = [];

    public VideoStream(uint id, Rectangle area, bool hinted, long now)
    {
        Id = id;
        Area = area;
        Hinted = hinted;
        LastRedraw = now;
        LastFrame = now - StreamRateControl.MaxIntervalMilliseconds;
        Rate = new StreamRateControl(now);
    }

    public uint Id { get; }

    public Rectangle Area { get; }

    /// <summary>Declared by the embedder: it lasts as long as the hint, not as long as the redraws.</summary>
    public bool Hinted { get; }

    public MjpegEncoder Encoder { get; } = new();

    public StreamRateControl Rate { get; }

    /// <summary>Names this stream in the client's reports, so a report for an earlier stream of the same id is ignored.</summary>
    public uint UniqueId { get; set; }

    public bool Created { get; set; }

    public bool FramePending { get; set; }

    public bool ClipChanged { get; set; }

    public long LastRedraw { get; set; }

    public long LastFrame { get; set; }

    public IEnumerable<Rectangle> Exclusions => _exclusions.Select(e => e.Area);

    public bool HasExclusions => _exclusions.Count > 0;

    public long NextFrameDue => LastFrame + Rate.IntervalMilliseconds;

    public bool IsQuiet(long now) => !Hinted && now - LastRedraw >= QuietMilliseconds;

    /// <summary>Takes <paramref name="area"/> (inside <see cref="Area"/>) out of the video.</summary>
    public void Exclude(Rectangle area, long now)
    {
        for (var i = 0; i < _exclusions.Count; i++)
        {
            if (_exclusions[i].Area.Contains(area))
            {
                _exclusions[i] = (_exclusions[i].Area, now);
                return;
            }
        }

        if (_exclusions.Count == MaxExclusions)
        {
            var last = _exclusions[^1];
            _exclusions[^1] = (Rectangle.Union(last.Area, area), now);
        }
        else
        {
            _exclusions.Add((area, now));
        }

        ClipChanged = true;
    }

    /// <summary>Gives back parts no other draw touched lately; true when some were.</summary>
    public bool ExpireExclusions(long now)
    {
        var removed = _exclusions.RemoveAll(e => now - e.Touched >= ExclusionMilliseconds);
        if (removed > 0)
        {
            ClipChanged = true;
        }

        return removed > 0;
    }

    /// <summary>When the stream next needs a look without any redraw: quiet end or an exclusion expiring.</summary>
    public long NextHousekeeping()
    {
        var next = Hinted ? long.MaxValue : LastRedraw + QuietMilliseconds;
        foreach (var (_, touched) in _exclusions)
        {
            next = Math.Min(next, touched + ExclusionMilliseconds);
        }

        return next;
    }

    /// <summary>The visible part as clip rectangles: the stream area minus the excluded parts.</summary>
    public List<Rectangle> ClipRects()
    {
        List<Rectangle> visible = [Area];
        foreach (var (excluded, _) in _exclusions)
        {
            var next = new List<Rectangle>(visible.Count + 4);
            foreach (var r in visible)
            {
                RectangleMath.Subtract(r, excluded, next);
            }

            visible = next;
        }

        return visible;
    }
}
