using System.Diagnostics;

namespace Spice.Server.Display.Streams;

/// <summary>
/// The server's multimedia time in milliseconds, one per <see cref="SpiceServer"/>: what main init and
/// MULTI_MEDIA_TIME hand clients (minus their stream latency), what video frames and audio packets are
/// stamped with, so every stamp a client sees comes from this one clock.
/// </summary>
internal sealed class MultimediaClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <summary>The time as SPICE messages carry it: 32 bits of milliseconds, wrapping.</summary>
    public uint Now => unchecked((uint)Milliseconds);

    /// <summary>The same time without wrapping, for interval arithmetic.</summary>
    public long Milliseconds => (long)Stopwatch.GetElapsedTime(_origin).TotalMilliseconds;
}
