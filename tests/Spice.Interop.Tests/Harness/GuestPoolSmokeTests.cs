using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Harness;

/// <summary>
/// <see cref="GuestQemuPool"/>: one guest per -spice setting, booted on first use. With lossless image
/// compression the client's surface equals the guest's photo exactly.
/// </summary>
public sealed class GuestPoolSmokeTests(GuestQemuPool pool) : IClassFixture<GuestQemuPool>
{
    [Theory]
    [InlineData("image-compression=quic")]
    [InlineData("image-compression=lz")]
    public async Task Lossless_setting_gives_the_exact_photo(string spiceOptions)
    {
        var qemu = await pool.GetAsync(spiceOptions);
        Assert.Same(qemu, await pool.GetAsync(spiceOptions));
        var shot = await SpicyScreenshot.CaptureAsync(qemu);
        var photo = PeerImage.FromFile(qemu.Guest!.Photo);
        var diff = shot.CountDifferences(photo, 0, 0, 1024, 768);
        var saved = PeerArtifacts.Save(shot, $"{nameof(Lossless_setting_gives_the_exact_photo)}-{spiceOptions}", "screen");
        Assert.True(diff == 0, $"{diff} pixels differ with {spiceOptions}; see {saved}");
    }
}
