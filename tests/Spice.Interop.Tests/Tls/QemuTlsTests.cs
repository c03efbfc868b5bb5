using Spice.Interop.Tests.Client;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Tls;

/// <summary>`spice screenshot` against QEMU's TLS port (certificates made for the test) equals what spicy-screenshot sees over TLS.</summary>
public sealed class QemuTlsTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    [Fact]
    public async Task Screenshot_after_need_secured_equals_spicy_screenshot_over_tls()
    {
        var tlsPort = FreePort.Get();
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Guest("photo", "image-compression=auto_glz").WithTls(_certificates, tlsPort, "main", "display"));
        var uri = $"spice://127.0.0.1?port={qemu.Port}&tls-port={tlsPort}";

        var ours = await SpiceCli.ScreenshotAsync(uri, "qemu-tls", "--ca-file", _certificates.CaFile);
        var theirs = await SpicyScreenshotTls.CaptureAsync(qemu.Host, qemu.Port, tlsPort, _certificates);

        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var diff = ours.CountDifferences(theirs, 0, 0, ours.Width, ours.Height);
        output.WriteLine($"{qemu}: {diff} pixels differ");
        Assert.True(diff == 0, $"{diff} pixels differ from spicy-screenshot; ours saved as {PeerArtifacts.Save(ours, nameof(QemuTlsTests), "ours")}");
    }

    [Fact]
    public async Task Tls_only_uri_with_host_subject_reaches_qemu()
    {
        var tlsPort = FreePort.Get();
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios.WithTls(_certificates, tlsPort, "default"));

        var shot = await SpiceCli.ScreenshotAsync($"spice+tls://127.0.0.1:{tlsPort}", "qemu-tls-only", "--ca-file", _certificates.CaFile, "--host-subject", TestCertificates.HostSubject);

        Assert.Equal((720, 400), (shot.Width, shot.Height));
    }

    [Fact]
    public async Task Qemu_certificate_from_another_ca_is_one_line_and_exit_1()
    {
        using var other = TestCertificates.Create("some other CA");
        var tlsPort = FreePort.Get();
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios.WithTls(_certificates, tlsPort, "default"));

        var r = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "screenshot", $"spice+tls://127.0.0.1:{tlsPort}", "-o", Path.Combine(other.Directory, "x.png"), "--ca-file", other.CaFile);

        output.WriteLine(r.Describe());
        Assert.Equal(1, r.ExitCode);
        var lines = r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("not trusted", lines[0], StringComparison.Ordinal);
    }

    public void Dispose() => _certificates.Dispose();
}
