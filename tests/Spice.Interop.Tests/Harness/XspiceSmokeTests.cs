using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Harness;

/// <summary>Xspice with X drawing on it.</summary>
public sealed class XspiceSmokeTests
{
    [Fact]
    public async Task Xsetroot_red_is_seen_by_spicy_screenshot()
    {
        await using var xspice = await XspicePeer.StartAsync();
        var set = await xspice.RunXToEndAsync("xsetroot", "-solid", "red");
        Assert.True(set.Succeeded, set.Describe());
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        PeerImage shot;
        while (true)
        {
            shot = await SpicyScreenshot.CaptureAsync(xspice.Host, xspice.Port);
            if (IsRed(shot) || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(500);
        }
        var saved = PeerArtifacts.Save(shot, nameof(Xsetroot_red_is_seen_by_spicy_screenshot), "xspice");
        Assert.True(IsRed(shot), $"screen {shot.Width}x{shot.Height} centre {shot.GetRgb(shot.Width / 2, shot.Height / 2)}, see {saved}");
    }

    [Fact]
    public async Task Xspice_with_a_password_refuses_a_wrong_one_and_runs_x_clients()
    {
        await using var xspice = await XspicePeer.StartAsync("xs-pass");
        var xterm = xspice.RunX("xsetroot", "-solid", "blue");
        var ok = await SpicyScreenshot.CaptureAsync(xspice.Host, xspice.Port, "xs-pass");
        Assert.True(ok.Width > 0);
        Assert.NotEqual(0, await SpicyScreenshot.ExitCodeAsync(xspice.Host, xspice.Port, "wrong", TimeSpan.FromSeconds(30)));
        await xterm.DisposeAsync();
    }

    private static bool IsRed(PeerImage img)
    {
        var (r, g, b) = img.GetRgb(img.Width / 2, img.Height / 2);
        return r == 255 && g == 0 && b == 0 && img.IsUniform();
    }
}
