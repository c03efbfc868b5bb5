using System.Security.Cryptography.X509Certificates;
using Spice.Protocol;

namespace Spice.Server;

/// <summary>
/// The TLS port: a second listener where every connection starts with a TLS handshake, then links
/// exactly as on the plain port (WebSocket upgrades included). Channels listed in
/// <see cref="SecureChannels"/> are refused on the plain port with NEED_SECURED, which sends
/// spice-gtk (and our client) over to this port.
/// </summary>
public sealed class SpiceTlsOptions
{
    /// <summary>TCP port for TLS; 0 picks a free one (read it back from <see cref="SpiceServer.TlsPort"/>).</summary>
    public int Port { get; set; } = 5901;

    /// <summary>The server certificate with its private key; when null it is read from <see cref="CertificateFile"/> and <see cref="PrivateKeyFile"/>.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>PEM file: the server certificate, optionally followed by intermediate CA certificates.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>PEM file with the private key (PKCS#8, PKCS#1 or EC); null when it is in <see cref="CertificateFile"/>.</summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>Channels that must use TLS (as QEMU's tls-channel=...).</summary>
    public ISet<ChannelType> SecureChannels { get; } = new HashSet<ChannelType>();

    /// <summary>Every channel must use TLS (as QEMU's tls-channel=default): the plain port links nothing.</summary>
    public bool SecureAllChannels { get; set; }

    /// <summary>Whether a channel of this type may link over a connection that is (or is not) TLS.</summary>
    public bool Allows(ChannelType channel, bool secure) => secure || !(SecureAllChannels || SecureChannels.Contains(channel));
}
