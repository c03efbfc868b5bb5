using Spice.Client.Connection;
using Spice.Protocol;
using Spice.TestSupport.Peers;

namespace Spice.Client.Tests.Tls;

/// <summary>Our client against our server over TLS: the picture arrives exactly, NEED_SECURED moves channels to TLS, a wrong certificate is a clear error.</summary>
public sealed class TlsSessionTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    [Fact]
    public async Task Tls_port_only_shows_the_picture_exactly()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        await using var session = await SpiceSession.ConnectAsync(server.TlsOnly(_certificates.CaFile));

        Assert.Equal(0, await server.DifferentPixelsAsync(session));
    }

    [Fact]
    public async Task Need_secured_on_the_plain_port_moves_every_channel_to_tls()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        await using var session = await SpiceSession.ConnectAsync(server.Both(_certificates.CaFile));

        Assert.Equal(0, await server.DifferentPixelsAsync(session));
    }

    [Fact]
    public async Task Only_the_secured_channel_moves_to_tls()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: false, ChannelType.Main);
        await using var session = await SpiceSession.ConnectAsync(server.Both(_certificates.CaFile));

        Assert.Equal(0, await server.DifferentPixelsAsync(session));
    }

    [Fact]
    public async Task Need_secured_without_a_tls_port_says_so()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        var plainOnly = server.Both(_certificates.CaFile) with { TlsPort = null };

        var e = await Assert.ThrowsAsync<SpiceLinkException>(() => SpiceSession.ConnectAsync(plainOnly));

        Assert.Equal(LinkError.NeedSecured, e.Error);
        Assert.Contains("requires TLS", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_from_another_ca_is_refused()
    {
        using var other = TestCertificates.Create("some other CA");
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);

        var e = await Assert.ThrowsAsync<SpiceConnectionException>(() => SpiceSession.ConnectAsync(server.TlsOnly(other.CaFile)));

        Assert.Contains("not trusted", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task Insecure_mode_accepts_a_certificate_from_another_ca()
    {
        using var other = TestCertificates.Create("some other CA");
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        await using var session = await SpiceSession.ConnectAsync(server.TlsOnly(other.CaFile) with { TlsInsecure = true });

        Assert.Equal(0, await server.DifferentPixelsAsync(session));
    }

    [Fact]
    public async Task Matching_host_subject_is_accepted()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        var options = server.TlsOnly(_certificates.CaFile) with { Host = "127.0.0.1", HostSubject = TestCertificates.HostSubject };
        await using var session = await SpiceSession.ConnectAsync(options);

        Assert.Equal(0, await server.DifferentPixelsAsync(session));
    }

    [Fact]
    public async Task Other_host_subject_is_refused()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        var options = server.TlsOnly(_certificates.CaFile) with { HostSubject = "C=XX,O=spice-dotnet tests,CN=somewhere.else" };

        var e = await Assert.ThrowsAsync<SpiceConnectionException>(() => SpiceSession.ConnectAsync(options));

        Assert.Contains("does not match the host subject", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_ca_file_is_a_clear_error()
    {
        await using var server = await TlsLoopback.StartAsync(_certificates, secureAll: true);
        var missing = Path.Combine(_certificates.Directory, "no-such-ca.pem");

        var e = await Assert.ThrowsAsync<SpiceConnectionException>(() => SpiceSession.ConnectAsync(server.TlsOnly(missing)));

        Assert.Contains("no-such-ca.pem", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _certificates.Dispose();
}
