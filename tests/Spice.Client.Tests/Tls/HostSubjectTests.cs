using System.Security.Cryptography.X509Certificates;
using Spice.Client.Connection;

namespace Spice.Client.Tests.Tls;

public sealed class HostSubjectTests
{
    private static readonly X500DistinguishedName Subject = new("C=IL, L=Raanana, O=Red Hat, CN=my server");

    [Theory]
    [InlineData("C=IL,L=Raanana,O=Red Hat,CN=my server")]
    [InlineData("CN=my server, O=Red Hat, L=Raanana, C=IL")]
    [InlineData("c=il,l=raanana,o=red  hat,cn=MY SERVER")]
    public void Same_attributes_match(string hostSubject) => Assert.True(HostSubject.Matches(hostSubject, Subject, out _));

    [Theory]
    [InlineData("C=IL,L=Raanana,O=Red Hat,CN=other")]
    [InlineData("C=IL,O=Red Hat,CN=my server")]
    [InlineData("C=IL,L=Raanana,O=Red Hat,OU=x,CN=my server")]
    [InlineData("C=IL,L=Raanana,O=Red Hat,XX=1,CN=my server")]
    [InlineData("")]
    [InlineData("CN")]
    public void Different_attributes_do_not_match(string hostSubject) => Assert.False(HostSubject.Matches(hostSubject, Subject, out _));

    [Fact]
    public void Backslash_escapes_a_comma()
    {
        var pairs = HostSubject.Parse(@"O=Red Hat\, Inc.,CN=h");
        Assert.Equal([("2.5.4.10", "Red Hat, Inc."), ("2.5.4.3", "h")], pairs);
        Assert.True(HostSubject.Matches(@"O=Red Hat\, Inc.,CN=h", new X500DistinguishedName("O=\"Red Hat, Inc.\", CN=h"), out _));
    }
}
