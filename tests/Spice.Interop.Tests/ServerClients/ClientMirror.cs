using Spice.Client;
using Spice.Server;
using Spice.TestSupport;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>Waits (bounded) until our client shows exactly what the server's framebuffer holds.</summary>
internal static class ClientMirror
{
    public static async Task<int> DifferencesWhenSettledAsync(SpiceSession session, SpiceDisplay display, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var differences = -1;
        while (DateTime.UtcNow < deadline)
        {
            await session.WaitForDisplaySettledAsync(TimeSpan.FromMilliseconds(300), timeout);
            byte[] expected;
            using (var frame = display.Lock())
            {
                expected = frame.Pixels.ToArray();
            }

            var shot = session.CaptureMonitor();
            differences = shot is null || shot.Width != display.Width || shot.Height != display.Height
                ? -1
                : ImageCompare.CountDifferentPixels(expected, display.Stride, shot.Bgra, shot.Stride, display.Width, display.Height, ignoreAlpha: true);
            if (differences == 0)
            {
                return 0;
            }
        }

        return differences;
    }
}
