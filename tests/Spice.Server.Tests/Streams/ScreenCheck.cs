using System.Drawing;
using Spice.Client;
using Spice.TestSupport;

namespace Spice.Server.Tests.Streams;

/// <summary>Compares what our client shows with the server's framebuffer, retrying until they match or time runs out.</summary>
internal static class ScreenCheck
{
    /// <summary>Asserts the client's picture equals the server's everywhere except <paramref name="except"/>.</summary>
    public static async Task AssertExactAsync(SpiceSession session, SpiceDisplay display, Rectangle except, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        var differences = -1;
        do
        {
            await Task.Delay(100);
            byte[] expected;
            int width;
            int height;
            using (var frame = display.Lock())
            {
                expected = frame.Pixels.ToArray();
                width = frame.Width;
                height = frame.Height;
            }

            var shot = session.CaptureMonitor();
            if (shot is null || shot.Width != width || shot.Height != height)
            {
                continue;
            }

            var actual = shot.Bgra.ToArray();
            var stride = width * 4;
            Blank(expected, stride, except);
            Blank(actual, shot.Stride, except);
            differences = ImageCompare.CountDifferentPixels(expected, stride, actual, shot.Stride, width, height, ignoreAlpha: true);

            if (differences == 0)
            {
                return;
            }
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"{differences} pixels differ from the server's framebuffer (outside {except})");
    }

    private static void Blank(byte[] pixels, int stride, Rectangle area)
    {
        for (var y = area.Top; y < area.Bottom; y++)
        {
            pixels.AsSpan((y * stride) + (area.X * 4), area.Width * 4).Clear();
        }
    }
}
