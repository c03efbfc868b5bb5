using System.Text.Json;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Client;

/// <summary>QEMU with a second QXL device: two display channels, one head each; `spice screenshot --monitor N` picks the channel.</summary>
public sealed class ClientMonitorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Second_qxl_head_is_monitor_1()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Guest("photo").WithArgs("-device", "qxl"));

        var info = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "info", qemu.Uri, "--json");
        Assert.True(info.Succeeded, info.Describe());
        output.WriteLine(info.StdOut);
        using var json = JsonDocument.Parse(info.StdOut);
        var displays = json.RootElement.GetProperty("displays");
        Assert.Equal(2, displays.GetArrayLength());
        Assert.Equal([0, 1], displays.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));

        var head0 = await SpiceCli.ScreenshotAsync(qemu.Uri, "head0", "--monitor", "0");
        var theirs = await SpicyScreenshot.CaptureAsync(qemu);
        Assert.Equal((theirs.Width, theirs.Height), (head0.Width, head0.Height));
        Assert.Equal(0, head0.CountDifferences(theirs, 0, 0, head0.Width, head0.Height));

        var path = Path.Combine(PeerTools.NewWorkDir("client-shot"), "head1.png");
        var head1 = await SpiceCli.RunAsync(TimeSpan.FromSeconds(90), "screenshot", qemu.Uri, "-o", path, "--monitor", "1", "--timeout", "20");
        output.WriteLine(head1.Describe());
        var second = displays[1].GetProperty("surfaces");
        Assert.Equal(1, second.GetArrayLength());
        Assert.True(head1.Succeeded, head1.Describe());
        var shot = PeerImage.FromFile(path);
        Assert.Equal((second[0].GetProperty("width").GetInt32(), second[0].GetProperty("height").GetInt32()), (shot.Width, shot.Height));
        Assert.True(shot.CountDifferences(head0, 0, 0, Math.Min(shot.Width, head0.Width), Math.Min(shot.Height, head0.Height)) > 0, "head 1 shows the photo of head 0: --monitor 1 picked the wrong channel");
    }
}
