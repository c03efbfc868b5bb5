using System.Diagnostics;
using System.Drawing;
using Spice.Cli.Demo;
using Spice.Interop.Tests.Client;
using Spice.Server;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.EndToEnd;

/// <summary>
/// `spice screenshot` (its own process) against our server in this process: the demo desktop of
/// `spice serve` never stops animating, yet the screenshot settles well before its timeout; a
/// screen that keeps changing everywhere is written at the timeout with a warning.
/// </summary>
public sealed class DemoScreenshotTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Screenshot_of_the_demo_desktop_settles_before_the_timeout()
    {
        var display = new SpiceDisplay(1024, 768);
        var cursor = new SpiceCursor();
        using var demo = new DemoDesktop(display, cursor);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, InputSink = demo }, display, cursor);
        await server.StartAsync();
        using var stop = new CancellationTokenSource();
        var animation = demo.RunAsync(stop.Token);
        try
        {
            var path = Path.Combine(PeerTools.NewWorkDir("demo-shot"), "demo.png");
            var clock = Stopwatch.StartNew();
            var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "screenshot", $"spice://127.0.0.1:{server.Port}", "-o", path, "--timeout", "30");
            output.WriteLine($"took {clock.Elapsed.TotalSeconds:F1} s; stderr: {result.StdErr}");

            Assert.True(result.Succeeded, result.Describe());
            Assert.DoesNotContain("warning", result.StdErr, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:F1} s");
            var shot = PeerImage.FromFile(path);
            Assert.Equal((1024, 768), (shot.Width, shot.Height));
            var still = Framebuffer(display);
            Assert.Equal(0, shot.CountDifferences(still, 512, 0, 512, 768));
        }
        finally
        {
            await stop.CancelAsync();
            await animation;
        }
    }

    [Fact]
    public async Task Screenshot_of_a_screen_changing_everywhere_is_written_at_the_timeout_with_a_warning()
    {
        var display = new SpiceDisplay(640, 480);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, display);
        await server.StartAsync();
        using var stop = new CancellationTokenSource();
        var sweep = SweepAsync(display, stop.Token);
        try
        {
            var path = Path.Combine(PeerTools.NewWorkDir("sweep-shot"), "sweep.png");
            var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "screenshot", $"spice://127.0.0.1:{server.Port}", "-o", path, "--timeout", "6");

            Assert.True(result.Succeeded, result.Describe());
            output.WriteLine(result.Describe());
            Assert.Contains("warning: the screen was still changing after 6 s", result.StdErr, StringComparison.Ordinal);
            Assert.Equal((640, 480), (PeerImage.FromFile(path).Width, PeerImage.FromFile(path).Height));
        }
        finally
        {
            await stop.CancelAsync();
            await sweep;
        }
    }

    /// <summary>A 32-pixel box stepping across the screen, row after row, 25 times a second: always somewhere new.</summary>
    private static async Task SweepAsync(SpiceDisplay display, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(40));
        try
        {
            for (var frame = 0; await timer.WaitForNextTickAsync(cancellationToken); frame++)
            {
                var box = new Rectangle(frame * 32 % 640, frame * 32 / 640 * 32 % 480, 32, 32);
                using (var pixels = display.Lock())
                {
                    for (var y = box.Top; y < box.Bottom; y++)
                    {
                        pixels.Pixels.Slice((y * pixels.Stride) + (box.X * 4), box.Width * 4).Fill((byte)(frame * 7));
                    }
                }

                display.Invalidate(box);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The server's framebuffer as an image (the right half holds the photo, which never changes).</summary>
    private static PeerImage Framebuffer(SpiceDisplay display)
    {
        using var pixels = display.Lock();
        var copy = pixels.Pixels.ToArray();
        for (var i = 3; i < copy.Length; i += 4)
        {
            copy[i] = 0xFF;
        }

        return new PeerImage(pixels.Width, pixels.Height, copy);
    }
}
