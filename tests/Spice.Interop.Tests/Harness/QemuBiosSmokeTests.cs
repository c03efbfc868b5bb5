using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Harness;

/// <summary>The harness against a real QEMU showing its SeaBIOS screen (no guest).</summary>
public sealed class QemuBiosSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SpicyScreenshot_of_the_bios_screen_is_720x400_and_not_uniform()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios);
        output.WriteLine($"{qemu}: listening after {qemu.StartupTime.TotalSeconds:F2} s");
        var shot = await BiosScreenshotAsync(qemu);
        var saved = PeerArtifacts.Save(shot, nameof(SpicyScreenshot_of_the_bios_screen_is_720x400_and_not_uniform), "bios");
        Assert.True(shot.Width == 720 && shot.Height == 400, $"got {shot.Width}x{shot.Height}, see {saved}");
        Assert.False(shot.IsUniform(), $"the BIOS screen came out one colour, see {saved}");
        var status = await qemu.QmpAsync("{\"execute\":\"query-status\"}");
        Assert.Contains("\"running\"", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_right_gives_a_screenshot_and_wrong_gives_a_nonzero_exit()
    {
        await using var qemu = await QemuPeer.StartAsync(new QemuOptions { Password = "s3cret-pw" });
        var shot = await BiosScreenshotAsync(qemu); // uses qemu.Options.Password
        Assert.Equal((720, 400), (shot.Width, shot.Height));
        var wrong = await SpicyScreenshot.ExitCodeAsync(qemu.Host, qemu.Port, "not-the-password", TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, wrong);
        Assert.NotEqual(-1, wrong); // -1 would be a timeout, not a refusal
        var none = await SpicyScreenshot.ExitCodeAsync(qemu.Host, qemu.Port, null, TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, none);
    }

    /// <summary>
    /// Right after start the screen is still the 640x480 VGA mode or blank: retry (bounded) until it is
    /// the 720x400 SeaBIOS text screen with content.
    /// </summary>
    internal static async Task<PeerImage> BiosScreenshotAsync(QemuPeer qemu)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var shot = await SpicyScreenshot.CaptureAsync(qemu);
            if ((shot.Width == 720 && shot.Height == 400 && !shot.IsUniform()) || DateTime.UtcNow > deadline)
            {
                return shot;
            }
            await Task.Delay(500);
        }
    }
}
