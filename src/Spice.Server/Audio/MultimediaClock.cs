using System.Diagnostics;

namespace Spice.Server;

/// <summary>
/// The server's multimedia time: milliseconds of the monotonic clock, wrapping at 2^32. The main
/// channel's init carries the same clock, so a client can place playback times on its own clock.
/// </summary>
public static class MultimediaClock
{
    public static uint Now => (uint)(long)Stopwatch.GetElapsedTime(0).TotalMilliseconds;
}
