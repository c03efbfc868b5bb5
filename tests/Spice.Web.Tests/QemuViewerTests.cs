using Spice.Client;
using Spice.Client.Connection;
using Spice.TestSupport.Peers;
using Spice.Web.Tests.Browser;

namespace Spice.Web.Tests;

/// <summary>The viewer in front of a real QEMU: the page shows what our client decoded from it, exactly.</summary>
public sealed class QemuViewerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_page_shows_the_qemu_bios_screen_pixel_for_pixel()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios);
        await using var session = await SpiceSession.ConnectAsync(SpiceUri.Parse(qemu.Uri));
        Assert.True(await session.WaitForDisplaySettledAsync(TimeSpan.FromSeconds(1), Wait), "the BIOS screen never settled");
        await using var viewer = await WebViewer.StartAsync(session, new WebViewerOptions { Listen = new(System.Net.IPAddress.Loopback, 0) });
        await using var chromium = await HeadlessChromium.StartAsync();
        await using var page = await ViewerPage.OpenAsync(chromium, viewer.Url);

        var differences = await page.WaitForPictureAsync(
            () => session.CaptureMonitor(0) is { } shot ? (shot.Width, shot.Height, shot.Bgra) : (0, 0, []),
            Wait);

        Assert.Equal(0, differences);
        Assert.Equal("live", await page.StateAsync());
    }
}
