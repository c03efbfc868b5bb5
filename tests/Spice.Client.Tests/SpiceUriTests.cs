using Spice.Client.Connection;

namespace Spice.Client.Tests;

public sealed class SpiceUriTests
{
    [Fact]
    public void HostAndPort()
    {
        var o = SpiceUri.Parse("spice://example.org:5901");
        Assert.Equal("example.org", o.Host);
        Assert.Equal(5901, o.Port);
        Assert.Null(o.TlsPort);
        Assert.Null(o.Password);
    }

    [Fact]
    public void QueryPortAndPassword()
    {
        var o = SpiceUri.Parse("spice://localhost?port=5900&password=s%20cret");
        Assert.Equal("localhost", o.Host);
        Assert.Equal(5900, o.Port);
        Assert.Equal("s cret", o.Password);
    }

    [Fact]
    public void SemicolonSeparatorAndTrailingSlash()
    {
        var o = SpiceUri.Parse("spice://h/?port=1;tls-port=2");
        Assert.Equal(1, o.Port);
        Assert.Equal(2, o.TlsPort);
    }

    [Fact]
    public void Ipv6Literal()
    {
        var o = SpiceUri.Parse("spice://[::1]:5930");
        Assert.Equal("::1", o.Host);
        Assert.Equal(5930, o.Port);
        Assert.Equal("spice://[::1]:5930", o.ToString());
    }

    [Fact]
    public void TlsPortOnly()
    {
        var o = SpiceUri.Parse("spice://h?tls-port=5901");
        Assert.Null(o.Port);
        Assert.Equal(5901, o.TlsPort);
        Assert.False(o.HasPlainEndpoint);
    }

    [Fact]
    public void TlsScheme()
    {
        var o = SpiceUri.Parse("spice+tls://h:5901");
        Assert.True(o.TlsScheme);
        Assert.Equal(5901, o.TlsPort);
    }

    [Fact]
    public void UnixScheme()
    {
        var o = SpiceUri.Parse("spice+unix:///run/spice.sock");
        Assert.Equal("/run/spice.sock", o.UnixPath);
    }

    [Theory]
    [InlineData("vnc://h:5900")]
    [InlineData("spice://h")]
    [InlineData("spice://:5900")]
    [InlineData("spice://h:99999")]
    [InlineData("spice://h:abc")]
    [InlineData("spice://[::1:5900")]
    [InlineData("spice://h?port=1&port=2")]
    [InlineData("spice://h:1?port=2")]
    [InlineData("spice://h:1?bogus=2")]
    public void Rejects(string uri) => Assert.Throws<SpiceUriException>(() => SpiceUri.Parse(uri));

    [Fact]
    public void VvFile()
    {
        const string text = "[virt-viewer]\ntype=spice\nhost=10.0.0.2\nport=5902\ntls-port=-1\npassword=pw\ntitle=x\n[ovirt]\nhost=other\n";
        var o = VirtViewerFile.Parse(text);
        Assert.Equal("10.0.0.2", o.Host);
        Assert.Equal(5902, o.Port);
        Assert.Null(o.TlsPort);
        Assert.Equal("pw", o.Password);
    }

    [Theory]
    [InlineData("[virt-viewer]\ntype=vnc\nhost=h\nport=1\n")]
    [InlineData("[other]\ntype=spice\nhost=h\nport=1\n")]
    [InlineData("[virt-viewer]\ntype=spice\nport=1\n")]
    [InlineData("[virt-viewer]\ntype=spice\nhost=h\n")]
    public void VvRejects(string text) => Assert.Throws<SpiceUriException>(() => VirtViewerFile.Parse(text));
}
