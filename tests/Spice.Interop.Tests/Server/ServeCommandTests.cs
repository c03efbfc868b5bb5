using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Server;

/// <summary>`spice serve --image` as its own process, read by spicy-screenshot: the picture comes back exactly.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("lz4", "web-page")]
    [InlineData("quic", "photo")]
    public async Task Serve_image_shows_the_picture_exactly(string codec, string picture)
    {
        var corpus = Corpus.Load(picture);
        var image = new PeerImage(1024, 768, corpus.Crop(200, 100, 1024, 768));
        var dir = PeerTools.NewWorkDir("spice-serve");
        var png = image.SavePng(Path.Combine(dir, picture + ".png"));
        var port = FreePort.Get();
        var spiceDll = Path.Combine(AppContext.BaseDirectory, "spice.dll");
        await using var serve = ProcessRunner.Start($"spice-serve:{port}", "dotnet",
            [spiceDll, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--image", png, "--codec", codec, "--password", "pw"],
            Path.Combine(dir, "serve.log"));
        await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(30), serve);

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", port, "pw");

        Assert.Equal(image.Width, shot.Width);
        Assert.Equal(image.Height, shot.Height);
        Assert.Equal(0, image.CountDifferences(shot, 0, 0, image.Width, image.Height));
        Assert.Contains("connected: session", serve.LogTail(50), StringComparison.Ordinal);
    }
}
