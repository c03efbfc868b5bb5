using System.Drawing;
using System.Globalization;
using Spice.Cli.Demo;
using Spice.Interop.Tests.Client;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.ServerAgent;

/// <summary>
/// `spice serve --monitors 2` as its own process, read by `spice screenshot --monitor 0/1`: each head
/// is the demo's rendering of it (compared with the same demo drawn in this process), its static parts exact.
/// </summary>
public sealed class ServeMonitorsTests
{
    [Fact]
    public async Task Each_monitor_of_spice_serve_is_the_demos_rendering()
    {
        var dir = PeerTools.NewWorkDir("spice-serve-monitors");
        var port = FreePort.Get();
        await using var serve = ProcessRunner.Start($"spice-serve:{port}", "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "spice.dll"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--monitors", "2", "--size", "800x600"],
            Path.Combine(dir, "serve.log"));
        await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(30), serve);
        var uri = $"spice://127.0.0.1:{port}";

        var first = await SpiceCli.ScreenshotAsync(uri, "serve-monitor-0", "--monitor", "0");
        var second = await SpiceCli.ScreenshotAsync(uri, "serve-monitor-1", "--monitor", "1");

        Assert.Equal((800, 600), (first.Width, first.Height));
        Assert.Equal((800, 600), (second.Width, second.Height));
        var expected = Rendering(2, 800, 600);
        Assert.Equal(0, second.CountDifferences(Crop(expected, new Rectangle(800, 0, 800, 600)), 0, 0, 800, 600));
        // the first head's right half (the photo and the margins around it) never changes; its left half ticks and animates
        Assert.Equal(0, first.CountDifferences(Crop(expected, new Rectangle(0, 0, 800, 600)), 400, 0, 400, 600));
        Assert.True(second.CountDifferences(first, 0, 0, 800, 600) > 10_000, "both monitors show the same picture");
        Assert.False(serve.HasExited, serve.LogTail());
    }

    /// <summary>The demo desktop laid out as `spice serve` lays it out for N heads of W x H, drawn here.</summary>
    private static PeerImage Rendering(int monitors, int width, int height)
    {
        var display = new SpiceDisplay(width, height);
        display.SetMonitors([.. Enumerable.Range(0, monitors).Select(i => new Rectangle(i * width, 0, width, height))]);
        using var demo = new DemoDesktop(display, new SpiceCursor());
        using var frame = display.Lock();
        var bgra = frame.Pixels.ToArray();
        return new PeerImage(frame.Width, frame.Height, bgra);
    }

    private static PeerImage Crop(PeerImage image, Rectangle area)
    {
        var bgra = new byte[area.Width * area.Height * 4];
        for (var row = 0; row < area.Height; row++)
        {
            Array.Copy(image.Bgra, (((area.Y + row) * image.Width) + area.X) * 4, bgra, row * area.Width * 4, area.Width * 4);
        }

        return new PeerImage(area.Width, area.Height, bgra);
    }
}
