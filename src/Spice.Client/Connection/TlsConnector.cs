using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Spice.Client.Connection;

/// <summary>
/// The TLS handshake on a channel's socket (TLS 1.2 or 1.3): the server's certificate must chain to
/// the given CA (or the system store without one) and name the host, or carry exactly the given
/// host subject. Every failure is a <see cref="SpiceConnectionException"/> saying which check failed.
/// </summary>
internal static class TlsConnector
{
    public static async Task<Stream> AuthenticateAsync(Stream transport, SpiceConnectOptions options, CancellationToken cancellationToken)
    {
        var validator = new ServerCertificateValidator(options, LoadTrustedCas(options));
        var ssl = new SslStream(transport, leaveInnerStreamOpen: false);
        var authentication = new SslClientAuthenticationOptions
        {
            TargetHost = options.Host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = validator.Validate,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(authentication, timeout.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (AuthenticationException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new SpiceConnectionException($"TLS handshake with {options.Host}:{options.TlsPort} failed: {validator.Failure ?? e.Message}", e);
        }
        catch (IOException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new SpiceConnectionException($"TLS handshake with {options.Host}:{options.TlsPort} failed: {e.Message}", e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new SpiceConnectionException($"TLS handshake with {options.Host}:{options.TlsPort} did not complete within {options.ConnectTimeout.TotalSeconds:0.#} s");
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The CA certificates from <see cref="SpiceConnectOptions.CaFile"/> and <see cref="SpiceConnectOptions.CaPem"/>; null when neither is given.</summary>
    private static X509Certificate2Collection? LoadTrustedCas(SpiceConnectOptions options)
    {
        if (options.CaFile is null && options.CaPem is null)
        {
            return null;
        }

        var cas = new X509Certificate2Collection();
        try
        {
            if (options.CaFile is not null)
            {
                cas.ImportFromPemFile(options.CaFile);
            }

            if (options.CaPem is not null)
            {
                cas.ImportFromPem(options.CaPem);
            }
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new SpiceConnectionException($"cannot read the CA certificate {options.CaFile ?? "from the connection file"}: {e.Message}", e);
        }

        return cas.Count > 0
            ? cas
            : throw new SpiceConnectionException($"no PEM certificate in the CA {options.CaFile ?? "from the connection file"}");
    }
}
