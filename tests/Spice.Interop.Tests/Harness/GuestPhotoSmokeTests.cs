using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Harness;

/// <summary>The test guest in photo mode, booted once for the class.</summary>
public sealed class GuestPhotoSmokeTests(GuestQemuFixture fixture, ITestOutputHelper output) : IClassFixture<GuestQemuFixture>
{
    [Fact]
    public async Task SpicyScreenshot_equals_the_guest_photo_pixel_for_pixel()
    {
        var qemu = fixture.Qemu;
        output.WriteLine($"{qemu}: GUEST-READY after {qemu.StartupTime.TotalSeconds:F2} s " +
                         $"(guest build this run: {GuestImage.LastBuildTime?.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) ?? "cached"})");
        var photo = PeerImage.FromFile(qemu.Guest!.Photo);
        var shot = await SpicyScreenshot.CaptureAsync(qemu);
        var name = nameof(SpicyScreenshot_equals_the_guest_photo_pixel_for_pixel);
        var saved = PeerArtifacts.Save(shot, name, "screen");
        Assert.Equal((1024, 768), (photo.Width, photo.Height));
        Assert.True(shot.Width >= 1024 && shot.Height >= 768, $"screen {shot.Width}x{shot.Height}, see {saved}");
        var diff = shot.CountDifferences(photo, 0, 0, 1024, 768);
        Assert.True(diff == 0, $"{diff} pixels differ from {qemu.Guest.Photo}; screen saved as {saved}");
        Assert.Equal(((byte)255, (byte)0, (byte)0), shot.GetRgb(10, 10));
        Assert.Equal(((byte)0, (byte)0, (byte)255), shot.GetRgb(10, 760));
    }

    [Fact]
    public async Task Guest_answers_qmp_and_wrote_its_ready_marker()
    {
        var qemu = fixture.Qemu;
        Assert.Contains("GUEST-READY mode=photo fb=1024,768", qemu.ReadSerial(), StringComparison.Ordinal);
        var reply = await qemu.QmpAsync("{\"execute\":\"query-spice\"}");
        Assert.Contains("\"enabled\": true", reply.Replace("\"enabled\":true", "\"enabled\": true", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
