using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Spice.TestSupport.Peers;

/// <summary>
/// Throwaway certificates made at run time: a CA, and a server certificate it signed for
/// 127.0.0.1 / localhost, written as the PEM files QEMU's x509-dir expects (ca-cert.pem,
/// server-cert.pem, server-key.pem) in <see cref="Directory"/>.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    /// <summary>The server certificate's subject, in the order a SPICE host subject lists it.</summary>
    public const string HostSubject = "C=XX,O=spice-dotnet tests,CN=127.0.0.1";

    private TestCertificates(string directory, X509Certificate2 ca, X509Certificate2 server)
    {
        Directory = directory;
        Ca = ca;
        Server = server;
    }

    public string Directory { get; }

    public X509Certificate2 Ca { get; }

    /// <summary>The server certificate with its private key.</summary>
    public X509Certificate2 Server { get; }

    public string CaFile => Path.Combine(Directory, "ca-cert.pem");

    public string CertificateFile => Path.Combine(Directory, "server-cert.pem");

    public string KeyFile => Path.Combine(Directory, "server-key.pem");

    /// <summary>A new CA and server certificate in a new directory under the artifacts root.</summary>
    public static TestCertificates Create(string caName = "spice-dotnet test CA", string name = "tls")
    {
        var dir = PeerTools.NewWorkDir(name);
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest($"CN={caName}", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("C=XX, O=spice-dotnet tests, CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var signed = serverRequest.Create(ca, now.AddDays(-1), now.AddDays(29), serial);
        var server = signed.CopyWithPrivateKey(serverKey);

        File.WriteAllText(Path.Combine(dir, "ca-cert.pem"), ca.ExportCertificatePem() + "\n");
        File.WriteAllText(Path.Combine(dir, "server-cert.pem"), server.ExportCertificatePem() + "\n");
        File.WriteAllText(Path.Combine(dir, "server-key.pem"), serverKey.ExportPkcs8PrivateKeyPem() + "\n");
        return new TestCertificates(dir, ca, server);
    }

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
    }
}
