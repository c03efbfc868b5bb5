using System.Drawing;
using System.Globalization;
using System.Text.RegularExpressions;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.ServerStreams;

/// <summary>
/// Our server in-process with an animated area, the real spice-gtk client (spicy, debug log on)
/// watching it: spicy must create the stream, take its frames in time (its own per-stream stats,
/// printed when the stream is destroyed) and, after the animation stops, spicy-screenshot must see
/// the server's framebuffer exactly.
/// </summary>
public sealed partial class SpicyStreamTests
{
    private static readonly Rectangle Video = new(64, 48, 480, 360);

    [Fact]
    public async Task Spicy_plays_the_stream_and_the_screen_is_exact_after_it_stops()
    {
        var picture = Corpus.Load("desktop-ui");
        var display = new SpiceDisplay(1024, 768);
        display.Write(picture.Bgra, picture.Stride, display.Bounds);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, display);
        await server.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync();
        await using var spicy = xvfb.Start("spicy", "spicy", ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "--spice-debug"],
            new Dictionary<string, string> { ["SPICE_DEBUG"] = "1", ["G_MESSAGES_DEBUG"] = "all" });

        using (var animation = new PhotoAnimation(display.Write, Video))
        {
            Assert.True(await WaitForLogAsync(spicy, "display_handle_stream_create", TimeSpan.FromSeconds(30)), spicy.LogTail(40));
            await Task.Delay(3000);
            await animation.StopAsync();
        }

        Assert.True(await WaitForLogAsync(spicy, "display_stream_stats_debug", TimeSpan.FromSeconds(15)), spicy.LogTail(40));
        var stats = StatsLine().Match(await File.ReadAllTextAsync(spicy.LogPath));
        Assert.True(stats.Success, spicy.LogTail(40));
        var framesIn = int.Parse(stats.Groups["in"].Value, CultureInfo.InvariantCulture);
        var shown = double.Parse(stats.Groups["ratio"].Value, CultureInfo.InvariantCulture);
        Assert.True(framesIn >= 30, $"spicy got {framesIn} frames in over 3 s: {stats.Value}");
        Assert.True(shown >= 0.8, $"spicy showed only {shown:P0} of the frames: {stats.Value}");

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);
        byte[] expected;
        using (var frame = display.Lock())
        {
            expected = frame.Pixels.ToArray();
        }

        Assert.Equal((display.Width, display.Height), (shot.Width, shot.Height));
        Assert.Equal(0, ImageCompare.CountDifferentPixels(expected, display.Stride, shot.Bgra, shot.Width * 4, display.Width, display.Height, ignoreAlpha: true));
        Assert.False(spicy.HasExited, spicy.LogTail(40));
    }

    private static async Task<bool> WaitForLogAsync(PeerProcess peer, string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (File.Exists(peer.LogPath) && (await File.ReadAllTextAsync(peer.LogPath)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    [GeneratedRegex(@"display_stream_stats_debug: id=\d+ #in-frames=(?<in>\d+) out/in=(?<ratio>[0-9.]+)")]
    private static partial Regex StatsLine();
}
