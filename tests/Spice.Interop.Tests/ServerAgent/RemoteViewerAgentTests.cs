using System.Security.Cryptography;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Interop.Tests.Client;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.ServerAgent;

/// <summary>
/// The real spice-gtk client (remote-viewer on Xvfb) against `spice serve`'s demo and built-in agent:
/// its window size becomes the desktop size, the X clipboard goes both ways, files land in the share folder.
/// </summary>
public sealed class RemoteViewerAgentTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Resizing_the_remote_viewer_window_resizes_the_demo_exactly()
    {
        await using var demo = await DemoServer.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync(1600, 1000);
        await using var rv = await RemoteViewerPeer.StartAsync(demo.Uri, xvfb);
        var window = await WindowOfAsync(xvfb, rv.Process.Pid);
        await WaitUntilAsync(() => demo.Agent.Clients == 1, rv, "remote-viewer's agent tunnel");

        foreach (var (w, h) in new[] { (900, 640), (1200, 700) })
        {
            var before = (demo.Display.Width, demo.Display.Height);
            var followed = false;
            for (var attempt = 0; attempt < 6 && !followed; attempt++)
            {
                Assert.True((await xvfb.XdotoolAsync("windowsize", window, w.ToString(), h.ToString())).Succeeded);
                var until = DateTime.UtcNow + TimeSpan.FromSeconds(5);
                while (!(followed = (demo.Display.Width, demo.Display.Height) != before && demo.Display.Width <= w && demo.Display.Height <= h) && DateTime.UtcNow < until)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(followed, $"the demo stayed {demo.Display.Width}x{demo.Display.Height} for a {w}x{h} window; remote-viewer log:\n{rv.LogTail()}");

            await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = demo.Server.Port });
            Assert.True(await session.WaitForDisplaySettledAsync(TimeSpan.FromMilliseconds(300), Timeout));
            var shot = session.CaptureMonitor(0);
            Assert.NotNull(shot);
            Assert.Equal((demo.Display.Width, demo.Display.Height), (shot.Width, shot.Height));
            Assert.InRange(demo.Display.Width, w - 40, w);
            Assert.InRange(demo.Display.Height, h - 160, h);
        }
    }

    [Fact]
    public async Task The_x_clipboard_reaches_the_demo_and_the_demo_clipboard_reaches_x()
    {
        await using var demo = await DemoServer.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync(1280, 800);
        await using var rv = await RemoteViewerPeer.StartAsync(demo.Uri, xvfb);
        await WaitUntilAsync(() => demo.Agent.Clients == 1, rv, "remote-viewer's agent tunnel");
        await Task.Delay(1000);

        var text = "copied in X " + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(PeerTools.NewWorkDir("xclip"), "clip.txt");
        await File.WriteAllTextAsync(file, text);
        await using (var xclip = xvfb.Start("xclip", "xclip", ["-selection", "clipboard", "-quiet", file]))
        {
            await WaitUntilAsync(() => demo.Demo.ClipboardText == text, rv, "the X clipboard to show on the demo");
        }

        var offered = "copied on the demo " + Guid.NewGuid().ToString("N")[..8];
        demo.Agent.Offer(offered);
        string? pasted = null;
        await WaitUntilAsync(() =>
        {
            var r = ProcessRunner.RunAsync("xclip", ["-o", "-selection", "clipboard"], TimeSpan.FromSeconds(5), xvfb.Env).GetAwaiter().GetResult();
            pasted = r.StdOut;
            return r.Succeeded && r.StdOut == offered;
        }, rv, "xclip -o to read the demo's clipboard");
        Assert.Equal(offered, pasted);
    }

    [Fact]
    public async Task Send_file_arrives_intact_in_the_share_folder()
    {
        await using var demo = await DemoServer.StartAsync();
        var path = Path.Combine(PeerTools.NewWorkDir("send-file"), "photo copy.bin");
        var content = RandomNumberGenerator.GetBytes(700_000);
        await File.WriteAllBytesAsync(path, content);

        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "send-file", demo.Uri, path);

        Assert.True(result.Succeeded, result.Describe());
        var saved = Path.Combine(demo.ShareDir, "photo copy.bin");
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(await File.ReadAllBytesAsync(saved)));
        Assert.Single(Directory.GetFiles(demo.ShareDir));
    }

    [Fact]
    public async Task Two_monitors_each_screenshot_matches_the_demo()
    {
        await using var demo = await DemoServer.StartAsync(monitors: 2, width: 800, height: 600);
        var resize = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "resize", demo.Uri, "800x600,640x480");
        Assert.True(resize.Succeeded, resize.Describe());
        Assert.Equal([new(0, 0, 800, 600), new(800, 0, 640, 480)], demo.Display.Monitors);

        var second = await SpiceCli.ScreenshotAsync(demo.Uri, "monitor-1", "--monitor", "1");
        var first = await SpiceCli.ScreenshotAsync(demo.Uri, "monitor-0", "--monitor", "0");

        Assert.Equal((640, 480), (second.Width, second.Height));
        Assert.Equal((800, 600), (first.Width, first.Height));
        Assert.Equal(0, second.CountDifferences(Rendering(demo, new(800, 0, 640, 480)), 0, 0, 640, 480));
        Assert.Equal(0, first.CountDifferences(Rendering(demo, new(0, 0, 800, 600)), 400, 24, 376, 552));

        await using var xvfb = await XvfbPeer.StartAsync(1600, 1000);
        await using var rv = await RemoteViewerPeer.StartAsync(demo.Uri, xvfb);
        await WaitUntilAsync(() => CountWindows(xvfb, rv.Process.Pid) >= 2, rv, "remote-viewer to open a window per monitor");
    }

    private static PeerImage Rendering(DemoServer demo, System.Drawing.Rectangle head)
    {
        using var frame = demo.Display.Lock();
        var bgra = new byte[head.Width * head.Height * 4];
        for (var y = 0; y < head.Height; y++)
        {
            frame.Pixels.Slice(((head.Y + y) * frame.Width * 4) + (head.X * 4), head.Width * 4).CopyTo(bgra.AsSpan(y * head.Width * 4));
        }

        return new PeerImage(head.Width, head.Height, bgra);
    }

    private static int CountWindows(XvfbPeer xvfb, int pid)
    {
        var r = xvfb.XdotoolAsync("search", "--onlyvisible", "--pid", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
        return r.Succeeded ? r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length : 0;
    }

    private static async Task<string> WindowOfAsync(XvfbPeer xvfb, int pid)
    {
        var r = await xvfb.XdotoolAsync("search", "--onlyvisible", "--pid", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(r.Succeeded, r.Describe());
        return r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, RemoteViewerPeer? rv, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting for {what}" + (rv is null ? string.Empty : $"; remote-viewer log:\n{rv.LogTail()}"));
            }

            await Task.Delay(200);
        }
    }
}
