using System.Net.Sockets;

using Spice.TestSupport;

namespace Spice.Fuzz.Server;

/// <summary>Links channels to a server without a password, written from the protocol description.</summary>
internal static class FuzzLink
{
    public static async Task<TcpClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", port);
        return tcp;
    }

    /// <summary>Links a channel with AUTH_SELECTION and MINI_HEADER; for main returns the session id from INIT.</summary>
    public static async Task<uint> LinkAsync(TcpClient tcp, byte channel, uint sessionId)
    {
        var stream = tcp.GetStream();
        Assert.Equal(0u, await RawSpiceLink.LinkAsync(stream, channel, sessionId));
        return channel == 1 ? await RawSpiceLink.ReadSessionIdAsync(stream) : sessionId;
    }

    public static byte[] LinkMessage(byte channel, uint connectionId) => RawSpiceLink.LinkMessage(channel, connectionId);

    /// <summary>Writes <paramref name="bytes"/> in pieces of random size, so the server's reads end at arbitrary points.</summary>
    public static async Task SendChunkedAsync(NetworkStream stream, byte[] bytes, Random random)
    {
        for (var at = 0; at < bytes.Length;)
        {
            var n = Math.Min(bytes.Length - at, random.Next(1, 24));
            await stream.WriteAsync(bytes.AsMemory(at, n));
            at += n;
        }
    }
}
