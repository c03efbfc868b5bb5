using System.Diagnostics;

namespace Spice.Server.Display.Streams;

/// <summary>
/// The server's multimedia time in milliseconds: the clock the main channel's INIT hands the client
/// (milliseconds of the monotonic clock), so frame stamps and the client's mm clock tick together.
/// </summary>
internal static class MultimediaClock
{
    public static uint Now => (uint)Stopwatch.GetElapsedTime(0).TotalMilliseconds;

    public static long Milliseconds => (long)Stopwatch.GetElapsedTime(0).TotalMilliseconds;
}
