using System.Net.Sockets;

namespace Spice.Client.Connection;

/// <summary>Opens the byte stream one channel runs over: plain TCP or UNIX socket, or TLS on the TLS port.</summary>
internal static class SocketConnector
{
    public static async Task<Stream> ConnectAsync(SpiceConnectOptions options, bool tls, CancellationToken cancellationToken)
    {
        if (tls && (options.TlsPort is null || options.UnixPath is not null))
        {
            throw new SpiceConnectionException($"{options} needs TLS, but no tls-port was given");
        }

        if (!tls && !options.HasPlainEndpoint)
        {
            throw new SpiceConnectionException($"{options} offers only a TLS port ({options.TlsPort})");
        }

        var where = tls && options.Port is not null ? $"{options} (TLS port {options.TlsPort})" : options.ToString();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        Socket socket;
        if (options.UnixPath is not null)
        {
            socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        }
        else
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        }

        try
        {
            if (options.UnixPath is not null)
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(options.UnixPath), timeout.Token).ConfigureAwait(false);
            }
            else
            {
                await socket.ConnectAsync(options.Host, tls ? options.TlsPort!.Value : options.Port!.Value, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new SpiceConnectionException($"cannot connect to {where}: timed out after {options.ConnectTimeout.TotalSeconds:0.#} s");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new SpiceConnectionException($"cannot connect to {where}: {e.Message}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var stream = new NetworkStream(socket, ownsSocket: true);
        return tls ? await TlsConnector.AuthenticateAsync(stream, options, cancellationToken).ConfigureAwait(false) : stream;
    }
}
