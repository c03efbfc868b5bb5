using System.Text;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Client.Display;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Canvas;

/// <summary>
/// Xspice draws with real X programs while our client is connected and applies spice-server's draw commands
/// (fills, copies, copy-bits scrolling, text, composites) to its canvas; spicy-screenshot, connecting at the same
/// quiet moment, must show exactly the same pixels.
/// </summary>
public sealed class XspiceCanvasTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    public static TheoryData<string> Scenes() => ["desktop", "scroll", "x11perf"];

    [Theory]
    [MemberData(nameof(Scenes))]
    public async Task Our_canvas_matches_spicy_screenshot_pixel_for_pixel(string scene)
    {
        await using var xs = await XspicePeer.StartAsync();
        using var logs = new CapturingLoggerFactory();
        var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = xs.Host, Port = xs.Port }, logs);
        await using (session)
        {
            await session.WaitForDisplaySettledAsync(Quiet, TimeSpan.FromSeconds(30));
            await DrawAsync(xs, scene);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await session.WaitForDisplaySettledAsync(Quiet, TimeSpan.FromSeconds(60));
            var ours = session.CaptureMonitor(0) ?? throw new InvalidOperationException("our client shows nothing");
            var theirs = await SpicyScreenshot.CaptureAsync(xs.Host, xs.Port);
            var oursAfter = session.CaptureMonitor(0)!;
            Assert.True(ours.Bgra.AsSpan().SequenceEqual(oursAfter.Bgra), "the screen changed while spicy-screenshot captured");
            foreach (var warning in logs.Warnings)
            {
                output.WriteLine(warning);
            }

            Compare(scene, ours, theirs);
            Assert.DoesNotContain(logs.Warnings, w => w.Contains("2006", StringComparison.Ordinal));
        }
    }

    private static async Task DrawAsync(XspicePeer xs, string scene)
    {
        switch (scene)
        {
            case "desktop":
                await xs.RunXToEndAsync("xsetroot", "-bitmap", "/usr/include/X11/bitmaps/wide_weave", "-fg", "#c04020", "-bg", "#2040a0");
                xs.RunX("xlogo", "-geometry", "220x220+560+40", "-render");
                xs.RunX("xeyes", "-geometry", "160x120+560+300");
                xs.RunX("xclock", "-analog", "-update", "3600", "-geometry", "170x170+780+300");
                xs.RunX("xterm", "-geometry", "60x12+20+20", "-e", "sh", "-c", "printf 'Hello SPICE canvas\\n\\033[1;31mred bold\\033[0m plain\\n'; sleep 600");
                break;
            case "scroll":
                xs.RunX("xterm", "-geometry", "80x30+10+10", "-e", "sh", "-c", "seq 1 400; sleep 600");
                xs.RunX("xterm", "-geometry", "50x20+600+300", "-fa", "Monospace", "-fs", "10", "-e", "sh", "-c", "seq 1000 1300; sleep 600");
                break;
            default:
                foreach (var test in new[] { "-seg10", "-dseg10", "-rect10", "-fcircle10", "-copywinwin10", "-ftext", "-aa10text", "-rgba10text", "-trapezoid10", "-compwinwin10" })
                {
                    await xs.RunXToEndAsync("x11perf", "-repeat", "1", "-time", "0.05", "-geometry", "500x400+40+40", test);
                }

                xs.RunX("xcalc", "-geometry", "+40+40");
                xs.RunX("oclock", "-geometry", "200x200+400+60");
                xs.RunX("xlogo", "-geometry", "150x150+700+60");

                break;
        }
    }

    private void Compare(string scene, DisplaySnapshot ours, PeerImage theirs)
    {
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        int diff = 0, minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        var samples = new StringBuilder();
        for (int y = 0; y < ours.Height; y++)
        {
            for (int x = 0; x < ours.Width; x++)
            {
                int o = ((y * ours.Width) + x) * 4;
                if (ours.Bgra[o] == theirs.Bgra[o] && ours.Bgra[o + 1] == theirs.Bgra[o + 1] && ours.Bgra[o + 2] == theirs.Bgra[o + 2])
                {
                    continue;
                }

                if (diff++ < 8)
                {
                    samples.Append($" ({x},{y}) ours {ours.Bgra[o + 2]:x2}{ours.Bgra[o + 1]:x2}{ours.Bgra[o]:x2} theirs {theirs.Bgra[o + 2]:x2}{theirs.Bgra[o + 1]:x2}{theirs.Bgra[o]:x2};");
                }

                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        var oursPng = PeerArtifacts.Save(new PeerImage(ours.Width, ours.Height, ours.Bgra), $"XspiceCanvas-{scene}", "ours");
        var theirsPng = PeerArtifacts.Save(theirs, $"XspiceCanvas-{scene}", "spicy");
        output.WriteLine($"{scene}: {diff} differing pixels, ours {oursPng}, spicy {theirsPng}");
        Assert.True(diff == 0, $"{diff} pixels differ in ({minX},{minY})-({maxX},{maxY}):{samples} ours {oursPng}, spicy {theirsPng}");
    }
}
