using System.Buffers;
using System.IO.Pipelines;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace Spice.Server;

/// <summary>
/// SPICE over WebSocket on the same port, as reds.cpp does: a connection that starts with "GET "
/// is an HTTP upgrade (RFC 6455); after the 101 answer, binary frames carry the SPICE stream.
/// This is what spice-html5 speaks when it connects without a proxy.
/// </summary>
internal static class WebSocketUpgrade
{
    private const int MaxRequestBytes = 8192;
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>True when the first bytes are an HTTP GET; consumes nothing.</summary>
    public static async Task<bool> IsUpgradeAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= 4 || result.IsCompleted)
            {
                var isGet = buffer.Length >= 4 && buffer.Slice(0, 4).ToArray().AsSpan().SequenceEqual("GET "u8);
                reader.AdvanceTo(buffer.Start);
                return isGet;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads the HTTP request, answers 101 and returns a stream of the SPICE bytes inside the frames.</summary>
    public static async Task<Stream> AcceptAsync(PipeReader reader, Stream transport, CancellationToken cancellationToken)
    {
        var request = await ReadRequestAsync(reader, cancellationToken).ConfigureAwait(false);
        var key = Header(request, "Sec-WebSocket-Key") ?? throw new IOException("WebSocket upgrade without Sec-WebSocket-Key");
        var protocols = Header(request, "Sec-WebSocket-Protocol");
        var subProtocol = protocols?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (subProtocol is not null && !IsToken(subProtocol))
        {
            throw new IOException("WebSocket sub-protocol is not an HTTP token");
        }

        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key.Trim() + AcceptGuid)));
        var response = new StringBuilder()
            .Append("HTTP/1.1 101 Switching Protocols\r\n")
            .Append("Upgrade: websocket\r\n")
            .Append("Connection: Upgrade\r\n")
            .Append("Sec-WebSocket-Accept: ").Append(accept).Append("\r\n");
        if (subProtocol is not null)
        {
            response.Append("Sec-WebSocket-Protocol: ").Append(subProtocol).Append("\r\n");
        }

        response.Append("\r\n");
        await transport.WriteAsync(Encoding.ASCII.GetBytes(response.ToString()), cancellationToken).ConfigureAwait(false);
        var socket = WebSocket.CreateFromStream(transport, new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = subProtocol,
            KeepAliveInterval = TimeSpan.Zero,
        });
        return WebSocketStream.Create(socket, WebSocketMessageType.Binary, ownsWebSocket: true);
    }

    /// <summary>RFC 7230 token characters, the only ones a sub-protocol name may have.</summary>
    private static bool IsToken(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal));

    private static async Task<string> ReadRequestAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var end = Find(buffer, "\r\n\r\n"u8);
            if (end >= 0)
            {
                var request = Encoding.ASCII.GetString(buffer.Slice(0, end).ToArray());
                reader.AdvanceTo(buffer.GetPosition(end + 4));
                return request;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (buffer.Length > MaxRequestBytes)
            {
                throw new IOException($"HTTP request longer than {MaxRequestBytes} bytes");
            }

            if (result.IsCompleted)
            {
                throw new EndOfStreamException("the peer closed during the HTTP request");
            }
        }
    }

    private static long Find(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> needle)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> before, needle, advancePastDelimiter: false) ? before.Length : -1;
    }

    private static string? Header(string request, string name)
    {
        foreach (var line in request.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
