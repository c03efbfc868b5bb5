namespace Spice.Server.Display.Streams;

/// <summary>
/// Picks a stream's frame interval and JPEG quality from how the client keeps up: a frame that is
/// due while the ACK window is closed, or a client report of dropped or late frames, is congestion;
/// each second with congestion lowers quality first, then the frame rate; two calm seconds in a
/// row raise them again. Frames are never queued: a frame that cannot go is merged into the next.
/// </summary>
internal sealed class StreamRateControl
{
    public const int MaxQuality = 80;
    public const int MinQuality = 30;
    public const int MinIntervalMilliseconds = 1000 / 60;
    public const int MaxIntervalMilliseconds = 1000 / 5;
    private const int StartIntervalMilliseconds = 1000 / 30;
    private const int PeriodMilliseconds = 1000;

    private long _periodStart;
    private int _congestion;
    private int _calmPeriods;

    public StreamRateControl(long now)
    {
        _periodStart = now;
    }

    public int Quality { get; private set; } = 70;

    public int IntervalMilliseconds { get; private set; } = StartIntervalMilliseconds;

    public long FramesSent { get; private set; }

    public long BytesSent { get; private set; }

    public void FrameSent(int bytes, long now)
    {
        FramesSent++;
        BytesSent += bytes;
        Evaluate(now);
    }

    /// <summary>A frame was due but the client had not acknowledged enough to take it.</summary>
    public void Blocked(long now)
    {
        _congestion++;
        Evaluate(now);
    }

    /// <summary>A client stream report: frames it dropped, and how early (positive) its last frame came.</summary>
    public void Reported(uint drops, int lastFrameDelay, long now)
    {
        if (drops > 0 || lastFrameDelay < 0)
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
        if (_congestion > 0)
        {
            _calmPeriods = 0;
            if (Quality > MinQuality)
            {
                Quality = Math.Max(MinQuality, Quality - 10);
            }
            else
            {
                IntervalMilliseconds = Math.Min(MaxIntervalMilliseconds, IntervalMilliseconds * 5 / 4);
            }
        }
        else if (++_calmPeriods >= 2)
        {
            _calmPeriods = 0;
            if (IntervalMilliseconds > MinIntervalMilliseconds)
            {
                IntervalMilliseconds = Math.Max(MinIntervalMilliseconds, IntervalMilliseconds * 9 / 10);
            }
            else
            {
                Quality = Math.Min(MaxQuality, Quality + 5);
            }
        }

        _congestion = 0;
    }
}
