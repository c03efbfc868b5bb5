using System.Diagnostics;

namespace Spice.Client.Audio;

/// <summary>
/// The server's multimedia time as this client estimates it: the time in main init or the last
/// MULTI_MEDIA_TIME, advanced by the local monotonic clock since that message arrived. Record
/// packets are stamped with it; a video frame is due when it reaches the frame's time.
/// </summary>
internal sealed class MultimediaClock
{
    private readonly Lock _gate = new();
    private uint _base;
    private long _at = Stopwatch.GetTimestamp();
    private long _setAt = long.MinValue;

    public uint Now
    {
        get
        {
            lock (_gate)
            {
                return unchecked(_base + (uint)(long)Stopwatch.GetElapsedTime(_at).TotalMilliseconds);
            }
        }
    }

    /// <summary>
    /// The server's time was <paramref name="serverTime"/> at Stopwatch timestamp <paramref name="at"/>.
    /// A reading older than the one in use is ignored, so init handled late cannot undo a later update.
    /// </summary>
    public void Set(uint serverTime, long at)
    {
        lock (_gate)
        {
            if (at < _setAt)
            {
                return;
            }

            _base = serverTime;
            _at = at;
            _setAt = at;
        }
    }
}
