namespace Spice.Server.Display.Streams;

/// <summary>
/// Picks a stream's frame interval and JPEG quality from how the client keeps up: more than a tenth
/// of the due frames finding the ACK window closed, or a client report of dropped or late frames, is
/// congestion; each second with congestion lowers quality first, then the frame rate. Calm seconds raise them
/// again: the frame rate first while the source redraws faster than frames go (frames were merged),
/// otherwise the quality. Until the stream first meets congestion every calm second raises, in
/// bigger steps, so a client that keeps up reaches the source's rate within seconds; after that two
/// calm seconds are needed per small step, so a client at its limit does not oscillate. Frames are
/// never queued: a frame that cannot go is merged into the next.
/// </summary>
internal sealed class StreamRateControl
{
    public const int MaxQuality = 80;
    public const int MinQuality = 30;
    public const int MinIntervalMilliseconds = 1000 / 60;
    public const int MaxIntervalMilliseconds = 1000 / 5;

    /// <summary>
    /// Client reports in the stream's first seconds are ignored, as spice-server's MJPEG_WARMUP_TIME does: the
    /// stream starts after lossless updates and the client's first frames carry its start-up costs, so early
    /// lateness says little about the rate. A closed ACK window still counts.
    /// </summary>
    public const int WarmupMilliseconds = 3000;

    /// <summary>A frame reported at most this late is on time (spice-server's MJPEG_VIDEO_DELAY_TH, -15 ms).</summary>
    public const int LateToleranceMilliseconds = 15;

    /// <summary>
    /// Frames held back by a closed ACK window count as congestion only above this share of the second's
    /// frames (spice-server's MJPEG_SERVER_STATUS_DOWNGRADE_DROP_FACTOR_TH, 0.1): a client that stalls for a
    /// moment (a collection, a busy core) should not cost a whole step of quality.
    /// </summary>
    private const int BlockedShareDivisor = 10;

    private const int StartIntervalMilliseconds = 1000 / 30;
    private const int PeriodMilliseconds = 1000;

    private readonly long _started;
    private long _periodStart;
    private int _congestion;
    private int _calmPeriods;
    private bool _congestedOnce;
    private int _periodRedraws;
    private int _periodFrames;
    private int _periodBlocked;
    private bool _frameBlocked;
    private long _lastRedraw = long.MinValue;

    public StreamRateControl(long now)
    {
        _started = now;
        _periodStart = now;
    }

    public int Quality { get; private set; } = 70;

    public int IntervalMilliseconds { get; private set; } = StartIntervalMilliseconds;

    public long FramesSent { get; private set; }

    public long BytesSent { get; private set; }

    /// <summary>The source redrew the stream's area (several invalidations in one millisecond are one redraw).</summary>
    public void Redrawn(long now)
    {
        if (now != _lastRedraw)
        {
            _lastRedraw = now;
            _periodRedraws++;
        }
    }

    public void FrameSent(int bytes, long now)
    {
        FramesSent++;
        BytesSent += bytes;
        _periodFrames++;
        _frameBlocked = false;
        Evaluate(now);
    }

    /// <summary>A frame was due but the client had not acknowledged enough to take it (counted once per frame).</summary>
    public void Blocked(long now)
    {
        if (!_frameBlocked)
        {
            _frameBlocked = true;
            _periodBlocked++;
        }

        Evaluate(now);
    }

    /// <summary>A client stream report: frames it dropped, and how early (positive) its last frame came.</summary>
    public void Reported(uint drops, int lastFrameDelay, long now)
    {
        if ((drops > 0 || lastFrameDelay < -LateToleranceMilliseconds) && now - _started >= WarmupMilliseconds)
        {
            _congestion++;
        }

        Evaluate(now);
    }

    private void Evaluate(long now)
    {
        if (now - _periodStart < PeriodMilliseconds)
        {
            return;
        }

        _periodStart = now;
        var merged = _periodRedraws > _periodFrames;
        if (_periodBlocked * BlockedShareDivisor > _periodBlocked + _periodFrames)
        {
            _congestion++;
        }

        _periodRedraws = 0;
        _periodFrames = 0;
        _periodBlocked = 0;
        if (_congestion > 0)
        {
            _congestion = 0;
            _congestedOnce = true;
            _calmPeriods = 0;
            if (Quality > MinQuality)
            {
                Quality = Math.Max(MinQuality, Quality - 10);
            }
            else
            {
                IntervalMilliseconds = Math.Min(MaxIntervalMilliseconds, IntervalMilliseconds * 5 / 4);
            }

            return;
        }

        if (++_calmPeriods < (_congestedOnce ? 2 : 1))
        {
            return;
        }

        _calmPeriods = 0;
        if (merged && IntervalMilliseconds > MinIntervalMilliseconds)
        {
            IntervalMilliseconds = Math.Max(MinIntervalMilliseconds, IntervalMilliseconds * (_congestedOnce ? 9 : 3) / (_congestedOnce ? 10 : 4));
        }
        else
        {
            Quality = Math.Min(MaxQuality, Quality + 5);
        }
    }
}
