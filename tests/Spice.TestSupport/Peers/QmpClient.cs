using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Spice.TestSupport.Peers;

/// <summary>One-shot QMP: connect to the unix socket, negotiate capabilities, send commands, read replies.</summary>
public static class QmpClient
{
    /// <summary>Sends each command (JSON text) in one session; returns each reply (events skipped).</summary>
    public static async Task<IReadOnlyList<string>> SendAsync(string socketPath, TimeSpan timeout, params string[] commands)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cts.Token);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        await ReadReplyAsync(reader, cts.Token); // greeting
        await writer.WriteLineAsync("{\"execute\":\"qmp_capabilities\"}");
        var caps = await ReadReplyAsync(reader, cts.Token);
        if (!caps.Contains("\"return\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"QMP capabilities refused: {caps}");
        }
        var replies = new List<string>();
        foreach (var c in commands)
        {
            await writer.WriteLineAsync(c.ReplaceLineEndings(" "));
            replies.Add(await ReadReplyAsync(reader, cts.Token));
        }
        return replies;
    }

    private static async Task<string> ReadReplyAsync(StreamReader reader, CancellationToken ct)
    {
        while (true)
        {
            var line = await reader.ReadLineAsync(ct) ?? throw new IOException("QMP socket closed");
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("event", out _))
            {
                return line;
            }
        }
    }
}
