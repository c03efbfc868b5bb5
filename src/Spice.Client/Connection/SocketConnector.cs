using System.Net.Sockets;

namespace Spice.Client.Connection;

/// <summary>Opens the byte stream one channel runs over.</summary>
internal static class SocketConnector
{
    public static async Task<Stream> ConnectAsync(SpiceConnectOptions options, CancellationToken cancellationToken)
    {
        if (!options.HasPlainEndpoint)
        {
            throw new SpiceConnectionException($"{options} offers only a TLS port ({options.TlsPort}); TLS is not supported yet");
        }

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
                await socket.ConnectAsync(options.Host, options.Port!.Value, timeout.Token).ConfigureAwait(false);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new SpiceConnectionException($"cannot connect to {options}: timed out after {options.ConnectTimeout.TotalSeconds:0.#} s");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new SpiceConnectionException($"cannot connect to {options}: {e.Message}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
