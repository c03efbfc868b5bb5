using System.Drawing;
using System.Globalization;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>
/// remote-viewer on Xvfb connected to the demo desktop of `spice serve`: the X screen shows the
/// desktop, keys typed into remote-viewer's window with xdotool reach the demo as scancodes and
/// show in its typed-text panel, and pointer moves and clicks arrive as client-mode positions.
/// </summary>
public sealed class RemoteViewerDemoTests
{
    private const int Width = 1024;
    private const int Height = 768;

    /// <summary>The demo's photo and the background around it (the right half): nothing there changes.</summary>
    private static readonly Rectangle StaticArea = new(Width / 2, 0, Width / 2, Height);

    /// <summary>The demo's typed-text panel (DemoDesktop: margin 24, below the 64-pixel clock).</summary>
    private static readonly Rectangle TextPanel = new(24, 112, (Width / 2) - 48, (Height / 3) - 24);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Remote_viewer_shows_the_demo_and_its_keys_and_mouse_arrive()
    {
        await using var demo = await DemoServer.StartAsync(Width, Height);
        await using var xvfb = await XvfbPeer.StartAsync(1280, 1024);
        await using var viewer = await RemoteViewerPeer.StartAsync($"spice://127.0.0.1:{demo.Port}", xvfb);

        var initial = demo.Snapshot();
        Point? origin = null;
        var (shot, shown) = await viewer.ScreenshotWhenAsync(s => (origin = DesktopLocator.Find(s, initial, Width, StaticArea)) is not null, Timeout);
        var saved = PeerArtifacts.Save(shot, nameof(Remote_viewer_shows_the_demo_and_its_keys_and_mouse_arrive), "desktop");
        Assert.True(shown, $"the demo's photo half is not on the X screen, see {saved}; remote-viewer log:\n{viewer.LogTail()}");
        var at = origin!.Value;

        var window = (await xvfb.XdotoolAsync("search", "--onlyvisible", "--pid", viewer.Process.Pid.ToString(CultureInfo.InvariantCulture))).StdOut
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        await Xdotool(xvfb, "mousemove", Coordinate(at.X + 300), Coordinate(at.Y + 200));
        await Xdotool(xvfb, "windowfocus", "--sync", window);
        await Xdotool(xvfb, "type", "--delay", "80", "hello");

        // h e l l o as PC XT scancodes, each pressed and released
        int[] codes = [0x23, 0x12, 0x26, 0x26, 0x18];
        var typed = await demo.Sink.WaitForAsync(e => Downs(e).SequenceEqual(codes), Timeout);
        Assert.True(typed, $"keys seen by the server: {string.Join(", ", demo.Sink.Events)}");
        Assert.Equal(codes.Length, demo.Sink.Events.Count(e => e.StartsWith("up ", StringComparison.Ordinal)));

        // the demo drew "hello" in its text panel; remote-viewer must show that panel as the server has it
        var afterTyping = demo.Snapshot();
        var (panelShot, panelShown) = await viewer.ScreenshotWhenAsync(
            s => DesktopLocator.Differences(s, at, afterTyping, Width, TextPanel) <= TextPanel.Width * TextPanel.Height / 200, Timeout);
        Assert.True(panelShown, $"the typed text is not shown, see {PeerArtifacts.Save(panelShot, nameof(Remote_viewer_shows_the_demo_and_its_keys_and_mouse_arrive), "typed")}");
        Assert.NotEqual(0, DesktopLocator.Differences(panelShot, at, initial, Width, TextPanel));

        await Xdotool(xvfb, "mousemove", Coordinate(at.X + 400), Coordinate(at.Y + 321));
        await Xdotool(xvfb, "click", "1");
        var clicked = await demo.Sink.WaitForAsync(e => e.Contains("position 400 321 0") && e.Contains("press Left") && e.Contains("release Left"), Timeout);
        Assert.True(clicked, $"mouse events seen by the server: {string.Join(", ", demo.Sink.Events)}");
        Assert.DoesNotContain(demo.Sink.Events, e => e.StartsWith("motion ", StringComparison.Ordinal));
    }

    private static IEnumerable<int> Downs(IReadOnlyList<string> events) =>
        events.Where(e => e.StartsWith("down ", StringComparison.Ordinal)).Select(e => int.Parse(e[5..], CultureInfo.InvariantCulture));

    private static string Coordinate(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task Xdotool(XvfbPeer xvfb, params string[] args)
    {
        var r = await xvfb.XdotoolAsync(args);
        Assert.True(r.Succeeded, $"xdotool {string.Join(' ', args)}: {r.Describe()}");
    }
}
