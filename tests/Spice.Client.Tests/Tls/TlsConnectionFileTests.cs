using Spice.Client.Connection;

namespace Spice.Client.Tests.Tls;

/// <summary>Where the TLS settings come from: URIs and virt-viewer files.</summary>
public sealed class TlsConnectionFileTests
{
    [Fact]
    public void Vv_file_carries_ca_and_host_subject()
    {
        const string text = """
            [virt-viewer]
            type=spice
            host=127.0.0.1
            port=-1
            tls-port=5901
            ca=-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n
            host-subject=C=XX,O=spice-dotnet tests,CN=127.0.0.1
            """;

        var o = VirtViewerFile.Parse(text);

        Assert.Null(o.Port);
        Assert.Equal(5901, o.TlsPort);
        Assert.Equal("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", o.CaPem);
        Assert.Equal("C=XX,O=spice-dotnet tests,CN=127.0.0.1", o.HostSubject);
        Assert.False(o.TlsInsecure);
    }

    [Fact]
    public void Plain_and_tls_ports_from_the_query()
    {
        var o = SpiceUri.Parse("spice://127.0.0.1?port=5900&tls-port=5901");

        Assert.Equal((5900, 5901), (o.Port, o.TlsPort));
        Assert.True(o.HasPlainEndpoint);
    }

    [Fact]
    public void Tls_scheme_names_itself()
    {
        var o = SpiceUri.Parse("spice+tls://127.0.0.1:5901");

        Assert.Equal("spice+tls://127.0.0.1:5901", o.ToString());
    }
}
