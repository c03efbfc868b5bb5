using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>QEMU's SPICE TLS port: tls-port and an x509-dir of <see cref="TestCertificates"/>.</summary>
public static class QemuTls
{
    /// <summary>
    /// Adds tls-port=<paramref name="tlsPort"/>,x509-dir=... and one tls-channel=NAME per entry of
    /// <paramref name="secureChannels"/> ("main", "display", ... or "default" for all).
    /// </summary>
    public static QemuOptions WithTls(this QemuOptions options, TestCertificates certificates, int tlsPort, params string[] secureChannels)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(certificates);
        var tls = $"tls-port={tlsPort.ToString(CultureInfo.InvariantCulture)},x509-dir={certificates.Directory}";
        foreach (var channel in secureChannels)
        {
            tls += $",tls-channel={channel}";
        }

        return options with { SpiceOptions = string.IsNullOrEmpty(options.SpiceOptions) ? tls : options.SpiceOptions + "," + tls };
    }

    /// <summary>Environment for spice-gtk tools (spicy-screenshot has no CA option): OpenSSL's default trust is our CA.</summary>
    public static IReadOnlyDictionary<string, string> TrustEnvironment(TestCertificates certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return new Dictionary<string, string>(StringComparer.Ordinal) { ["SSL_CERT_FILE"] = certificates.CaFile };
    }
}
