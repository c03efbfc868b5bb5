namespace Spice.Server;

/// <summary>
/// What the connect-time net test (and later pings) say about a client's link, and whether it is
/// slow enough for lossy images: a long round trip or, as spice-server judges it, under 10 Mbit/s.
/// </summary>
internal static class LinkQuality
{
    public const long SlowBitsPerSecond = 10L * 1024 * 1024;

    public static readonly TimeSpan SlowRoundTrip = TimeSpan.FromMilliseconds(150);

    public static bool IsSlow(TimeSpan? roundTrip, long? bitsPerSecond) =>
        roundTrip > SlowRoundTrip || bitsPerSecond < SlowBitsPerSecond;

    /// <summary>
    /// Bandwidth from two pongs: a small ping's round trip (<paramref name="latency"/>) and a large
    /// one's of <paramref name="bytes"/>; the difference is the time the payload took on the wire.
    /// A payload that took no measurable time means a link too fast to measure: null, never slow.
    /// </summary>
    public static long? BitsPerSecond(long bytes, TimeSpan latency, TimeSpan bigRoundTrip)
    {
        var transfer = bigRoundTrip - latency;
        return transfer <= TimeSpan.Zero ? null : (long)(bytes * 8 / transfer.TotalSeconds);
    }
}
