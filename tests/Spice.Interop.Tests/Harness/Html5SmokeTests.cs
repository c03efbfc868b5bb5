using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Harness;

/// <summary>spice-html5 in headed Chromium on Xvfb, through websockify, showing a real QEMU.</summary>
public sealed class Html5SmokeTests
{
    [Fact]
    public async Task Spice_html5_through_websockify_draws_the_qemu_screen()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios);
        await using var xvfb = await XvfbPeer.StartAsync(1024, 768);
        await using var html5 = await Html5Peer.StartAsync(qemu.Port, xvfb);
        // Chromium's own page is a few colours; the BIOS screen drawn in the canvas adds its text colours
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        PeerImage shot;
        while (true)
        {
            html5.Chromium.ThrowIfExited("loading spice-html5");
            shot = await html5.ScreenshotAsync();
            if (HasBiosGrey(shot) || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(1000);
        }
        var saved = PeerArtifacts.Save(shot, nameof(Spice_html5_through_websockify_draws_the_qemu_screen), "xvfb");
        Assert.True(HasBiosGrey(shot), $"no SeaBIOS text on the X screen, see {saved}; Chromium log:\n{html5.Chromium.LogTail()}");
    }

    /// <summary>SeaBIOS prints light grey (VGA 0xA8) text on black: look for a run of such pixels.</summary>
    private static bool HasBiosGrey(PeerImage img)
    {
        var n = 0;
        for (var i = 0; i < img.Bgra.Length; i += 4)
        {
            if (img.Bgra[i] == 0xA8 && img.Bgra[i + 1] == 0xA8 && img.Bgra[i + 2] == 0xA8)
            {
                n++;
            }
        }
        return n > 200;
    }
}
