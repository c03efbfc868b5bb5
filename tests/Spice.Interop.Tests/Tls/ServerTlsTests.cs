using System.Globalization;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Tls;

/// <summary>spice-gtk (spicy-screenshot, trusting the test CA) against our server's TLS port: our picture, exactly.</summary>
public sealed class ServerTlsTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    [Fact]
    public async Task Spicy_screenshot_sent_over_by_need_secured_shows_the_picture_exactly()
    {
        var image = Picture("web-page");
        var display = new SpiceDisplay(image.Width, image.Height);
        display.Write(image.Bgra, image.Width * 4, display.Bounds);
        var tls = new SpiceTlsOptions { Port = 0, Certificate = _certificates.Server, SecureAllChannels = true };
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Tls = tls, ImageCodec = ImageCodecPolicy.Lz }, display);
        await server.StartAsync();

        var shot = await SpicyScreenshotTls.CaptureAsync("127.0.0.1", server.Port, server.TlsPort, _certificates);

        Assert.Equal((image.Width, image.Height), (shot.Width, shot.Height));
        Assert.Equal(0, image.CountDifferences(shot, 0, 0, image.Width, image.Height));
    }

    [Fact]
    public async Task Spicy_screenshot_of_spice_serve_tls_port_shows_the_picture_exactly()
    {
        var image = Picture("photo");
        var dir = PeerTools.NewWorkDir("spice-serve-tls");
        var png = image.SavePng(Path.Combine(dir, "photo.png"));
        var port = FreePort.Get();
        var tlsPort = FreePort.Get();
        await using var serve = ProcessRunner.Start($"spice-serve-tls:{tlsPort}", "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "spice.dll"), "serve", "--port", Text(port), "--image", png, "--codec", "quic",
             "--tls-port", Text(tlsPort), "--cert", _certificates.CertificateFile, "--key", _certificates.KeyFile, "--tls-channels", "all"],
            Path.Combine(dir, "serve.log"));
        await FreePort.WaitListeningAsync(tlsPort, TimeSpan.FromSeconds(30), serve);

        var shot = await SpicyScreenshotTls.CaptureAsync("127.0.0.1", null, tlsPort, _certificates);

        Assert.Equal((image.Width, image.Height), (shot.Width, shot.Height));
        Assert.Equal(0, image.CountDifferences(shot, 0, 0, image.Width, image.Height));
        Assert.Contains("listening for TLS", serve.LogTail(50), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spicy_screenshot_without_our_ca_is_refused()
    {
        var display = new SpiceDisplay(64, 48);
        var tls = new SpiceTlsOptions { Port = 0, Certificate = _certificates.Server, SecureAllChannels = true };
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Tls = tls }, display);
        await server.StartAsync();
        var dir = PeerTools.NewWorkDir("spicy-screenshot-untrusted");

        var r = await ProcessRunner.RunAsync("spicy-screenshot", ["-h", "127.0.0.1", "-s", Text(server.TlsPort), "-o", Path.Combine(dir, "shot.ppm")], TimeSpan.FromSeconds(30));

        Assert.False(r.TimedOut, r.Describe());
        Assert.NotEqual(0, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(dir, "shot.ppm")), r.Describe());
    }

    public void Dispose() => _certificates.Dispose();

    private static PeerImage Picture(string name) => new(800, 600, Corpus.Load(name).Crop(0, 0, 800, 600));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
