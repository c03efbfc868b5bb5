using System.Text.RegularExpressions;
using Spice.Interop.Tests.Client;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Agent;

/// <summary>Two heads: Xorg-spiceqxl with QXL_NUM_HEADS=2 and the real agent, laid out by `spice resize`.</summary>
public sealed partial class RealAgentTests
{
    [Fact]
    public async Task Cli_resize_to_two_monitors_gives_two_outputs_and_each_screenshot_matches_spicy()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync(heads: 2);

        var cli = await RunCliAsync("resize", Uri(xs), "800x600,640x480", "--timeout", "30");

        Assert.True(cli.Succeeded, cli.Describe() + Logs(xs));
        Assert.Equal("800x600+0+0,640x480+800+0", cli.StdOut.Trim());
        Assert.Equal(["qxl-0 800x600+0+0", "qxl-1 640x480+800+0"], await WaitForOutputsAsync(xs, ["qxl-0 800x600+0+0", "qxl-1 640x480+800+0"]));

        await xs.RunXToEndAsync("xsetroot", "-solid", "#2a5078");
        xs.RunX("xlogo", "-geometry", "240x160+120+100");
        xs.RunX("xlogo", "-geometry", "300x200+1000+150");
        await Task.Delay(1500);
        var first = await SpiceCli.ScreenshotAsync(Uri(xs), "xspice-head-0", "--monitor", "0");
        var second = await SpiceCli.ScreenshotAsync(Uri(xs), "xspice-head-1", "--monitor", "1");
        var spicy = await SpicyScreenshot.CaptureAsync("127.0.0.1", xs.Port);

        Assert.Equal((1440, 600), (spicy.Width, spicy.Height));
        Assert.Equal((800, 600), (first.Width, first.Height));
        Assert.Equal((640, 480), (second.Width, second.Height));
        Assert.True(second.CountColors() > 2, "the second head shows no xlogo");
        Assert.Equal(0, second.CountDifferences(Crop(spicy, 800, 0, 640, 480), 0, 0, 640, 480));
        Assert.Equal(0, first.CountDifferences(Crop(spicy, 0, 0, 800, 600), 0, 0, 800, 600));
    }

    /// <summary>The connected outputs as "name WxH+X+Y", polled (bounded) until they are <paramref name="expected"/>; the last seen either way.</summary>
    private static async Task<string[]> WaitForOutputsAsync(XspicePeer xs, string[] expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var r = await xs.RunXToEndAsync("xrandr");
            Assert.True(r.Succeeded, r.Describe());
            string[] outputs = [.. OutputRegex().Matches(r.StdOut).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")];
            if (outputs.SequenceEqual(expected) || DateTime.UtcNow > deadline)
            {
                return outputs;
            }

            await Task.Delay(200);
        }
    }

    private static PeerImage Crop(PeerImage image, int x, int y, int width, int height)
    {
        var bgra = new byte[width * height * 4];
        for (var row = 0; row < height; row++)
        {
            Array.Copy(image.Bgra, (((y + row) * image.Width) + x) * 4, bgra, row * width * 4, width * 4);
        }

        return new PeerImage(width, height, bgra);
    }

    [GeneratedRegex(@"^(\S+) connected (?:primary )?(\d+x\d+\+\d+\+\d+)", RegexOptions.Multiline)]
    private static partial Regex OutputRegex();
}
