using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Harness;

/// <summary>remote-viewer on Xvfb showing a real QEMU.</summary>
public sealed class RemoteViewerSmokeTests
{
    [Fact]
    public async Task Remote_viewer_on_xvfb_shows_the_qemu_screen()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios);
        await using var xvfb = await XvfbPeer.StartAsync(1024, 768);
        var blank = await xvfb.ScreenshotAsync();
        Assert.True(blank.IsUniform(), "a fresh Xvfb should be one colour");
        await using var viewer = await RemoteViewerPeer.StartAsync(qemu.Uri, xvfb);
        // the window appears before the display channel draws: wait for many colours (BIOS text), bounded
        var (shot, ok) = await viewer.ScreenshotWhenAsync(i => i.CountColors() > 8, TimeSpan.FromSeconds(30));
        var saved = PeerArtifacts.Save(shot, nameof(Remote_viewer_on_xvfb_shows_the_qemu_screen), "xvfb");
        Assert.True(ok, $"the X screen has {shot.CountColors()} colours, see {saved}; remote-viewer log:\n{viewer.LogTail()}");
        Assert.False(shot.IsUniform());
    }
}
