using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Spice.Protocol;

namespace Spice.Server;

// The TLS port, as reds.cpp runs it: accept, complete the TLS handshake, then the same link as on
// the plain port. Which channels must be secured is checked once the link message names the channel.
public sealed partial class SpiceServer
{
    private Socket? _tlsListener;
    private Task? _tlsAcceptLoop;
    private SslStreamCertificateContext? _tlsCertificate;

    /// <summary>The TLS port actually listened on, or 0 without <see cref="SpiceServerOptions.Tls"/>.</summary>
    public int TlsPort => (_tlsListener?.LocalEndPoint as IPEndPoint)?.Port ?? 0;

    /// <summary>Loads the certificate and binds the TLS port; null when TLS is not configured.</summary>
    private Socket? BindTlsListener()
    {
        if (Options.Tls is not { } tls)
        {
            return null;
        }

        _tlsCertificate = LoadCertificate(tls);
        var address = IPAddress.Parse(Options.Address);
        var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (address.Equals(IPAddress.IPv6Any))
            {
                listener.DualMode = true;
            }

            listener.Bind(new IPEndPoint(address, tls.Port));
            listener.Listen(128);
            return listener;
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    private void StartTlsAcceptLoop(Socket? listener, CancellationToken cancellationToken)
    {
        if (listener is null)
        {
            return;
        }

        _tlsListener = listener;
        ServerLog.TlsListening(_logger, listener.LocalEndPoint!);
        _tlsAcceptLoop = AcceptLoopAsync(listener, secure: true, cancellationToken);
    }

    private async Task StopTlsAsync(CancellationToken cancellationToken)
    {
        var listener = _tlsListener;
        _tlsListener = null;
        listener?.Dispose();
        if (_tlsAcceptLoop is { } loop)
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The TLS handshake on an accepted connection; null (logged, closed) when it fails.</summary>
    private async Task<Stream?> AcceptTlsAsync(Stream transport, string remote, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(transport, leaveInnerStreamOpen: false);
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificateContext = _tlsCertificate,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateRequired = false,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.LinkTimeout);
        try
        {
            await ssl.AuthenticateAsServerAsync(options, timeout.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (Exception e) when (e is AuthenticationException or IOException or SocketException or OperationCanceledException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            ServerMetrics.LinksRefused.Add(1);
            ServerLog.TlsHandshakeFailed(_logger, remote, e is OperationCanceledException ? "timed out" : Innermost(e));
            return null;
        }
    }

    private bool ChannelAllowedOn(ChannelType channel, bool secure) => Options.Tls?.Allows(channel, secure) ?? !secure;

    private static string Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e.Message;

    private static SslStreamCertificateContext LoadCertificate(SpiceTlsOptions tls)
    {
        if (tls.Certificate is { } given)
        {
            return given.HasPrivateKey
                ? SslStreamCertificateContext.Create(given, additionalCertificates: null, offline: true)
                : throw new ArgumentException("the TLS certificate has no private key", nameof(tls));
        }

        var certFile = tls.CertificateFile ?? throw new ArgumentException("TLS needs a certificate or a certificate file", nameof(tls));
        try
        {
            var certificate = X509Certificate2.CreateFromPemFile(certFile, tls.PrivateKeyFile);
            var all = new X509Certificate2Collection();
            all.ImportFromPemFile(certFile);
            var intermediates = new X509Certificate2Collection();
            foreach (var extra in all.Skip(1))
            {
                intermediates.Add(extra);
            }

            return SslStreamCertificateContext.Create(certificate, intermediates, offline: true);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"cannot load the TLS certificate {certFile} with key {tls.PrivateKeyFile ?? certFile}: {e.Message}", nameof(tls), e);
        }
    }
}
