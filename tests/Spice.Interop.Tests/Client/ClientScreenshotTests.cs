using Spice.TestSupport;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Client;

/// <summary>`spice screenshot` against QEMU showing the guest photo, for each image compression setting, compared with spicy-screenshot.</summary>
public sealed class ClientScreenshotTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("image-compression=off")]
    [InlineData("image-compression=auto_glz")]
    [InlineData("image-compression=auto_lz")]
    [InlineData("image-compression=quic")]
    [InlineData("image-compression=glz")]
    [InlineData("image-compression=lz")]
    [InlineData("image-compression=glz,zlib-glz-wan-compression=always")]
    public async Task Lossless_screenshot_equals_spicy_screenshot(string spiceOptions)
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Guest("photo", spiceOptions));
        var ours = await SpiceCli.ScreenshotAsync(qemu.Uri, Name(spiceOptions));
        var theirs = await SpicyScreenshot.CaptureAsync(qemu);
        var saved = PeerArtifacts.Save(ours, nameof(Lossless_screenshot_equals_spicy_screenshot) + "-" + Name(spiceOptions), "ours");
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var diff = ours.CountDifferences(theirs, 0, 0, ours.Width, ours.Height);
        output.WriteLine($"{qemu}: {diff} pixels differ");
        Assert.True(diff == 0, $"{diff} pixels differ from spicy-screenshot; ours saved as {saved}");
    }

    [Fact]
    public async Task Jpeg_screenshot_is_close_to_spicy_screenshot()
    {
        const string spiceOptions = "image-compression=auto_glz,jpeg-wan-compression=always";
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Guest("photo", spiceOptions));
        var ours = await SpiceCli.ScreenshotAsync(qemu.Uri, "jpeg");
        var theirs = await SpicyScreenshot.CaptureAsync(qemu);
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var psnr = ImageCompare.Psnr(ours.Bgra, ours.Width * 4, theirs.Bgra, theirs.Width * 4, ours.Width, ours.Height);
        output.WriteLine($"{qemu}: PSNR {psnr:F1} dB");
        Assert.True(psnr >= 30, $"PSNR {psnr:F1} dB against spicy-screenshot");
    }

    private static string Name(string options) => options.Replace('=', '-').Replace(',', '_');
}
