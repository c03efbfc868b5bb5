using System.Net.Sockets;
using Spice.TestSupport;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>
/// A raw client that links main and display (no password on the server), reads main's INIT and
/// then never reads again: its socket buffers fill and the server can only wait on it.
/// </summary>
internal sealed class StalledClient : IDisposable
{
    private readonly TcpClient _main;
    private readonly TcpClient _display;

    private StalledClient(TcpClient main, TcpClient display)
    {
        _main = main;
        _display = display;
    }

    public static async Task<StalledClient> ConnectAsync(int port)
    {
        var main = Small();
        await main.ConnectAsync("127.0.0.1", port);
        Assert.Equal(0u, await RawSpiceLink.LinkAsync(main.GetStream(), 1, 0));
        var sessionId = await RawSpiceLink.ReadSessionIdAsync(main.GetStream());
        var display = Small();
        await display.ConnectAsync("127.0.0.1", port);
        Assert.Equal(0u, await RawSpiceLink.LinkAsync(display.GetStream(), 2, sessionId));
        return new StalledClient(main, display);
    }

    /// <summary>True when the server sent display data that this client has not read.</summary>
    public bool HasUnreadData => _display.Client.Available > 0;

    public void Dispose()
    {
        _display.Dispose();
        _main.Dispose();
    }

    private static TcpClient Small() => new() { ReceiveBufferSize = 4096 };
}
