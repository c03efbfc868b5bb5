using System.Diagnostics;

namespace Spice.Client.Audio;

/// <summary>
/// The server's multimedia time as this client estimates it: the time in main init, advanced by
/// the local monotonic clock since init arrived. Record packets are stamped with it.
/// </summary>
internal sealed class MultimediaClock
{
    private uint _base;
    private long _at = Stopwatch.GetTimestamp();

    public uint Now => unchecked(_base + (uint)(long)Stopwatch.GetElapsedTime(Volatile.Read(ref _at)).TotalMilliseconds);

    /// <summary>The server's time was <paramref name="serverTime"/> at Stopwatch timestamp <paramref name="at"/>.</summary>
    public void Set(uint serverTime, long at)
    {
        _base = serverTime;
        Volatile.Write(ref _at, at);
    }
}
