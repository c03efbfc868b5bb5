using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>
/// A raw client that links main and display (no password on the server), reads main's INIT and
/// then never reads again: its socket buffers fill and the server can only wait on it.
/// </summary>
internal sealed class StalledClient : IDisposable
{
    private const uint Magic = 0x51444552;
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
        await LinkAsync(main.GetStream(), 1, 0);
        var header = await ReadAsync(main.GetStream(), 6);
        var init = await ReadAsync(main.GetStream(), (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(2)));
        var display = Small();
        await display.ConnectAsync("127.0.0.1", port);
        await LinkAsync(display.GetStream(), 2, BinaryPrimitives.ReadUInt32LittleEndian(init));
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

    /// <summary>SpiceLinkMess with AUTH_SELECTION, AUTH_SPICE and MINI_HEADER; then the ticket.</summary>
    private static async Task LinkAsync(NetworkStream stream, byte channel, uint sessionId)
    {
        var link = new byte[16 + 22];
        BinaryPrimitives.WriteUInt32LittleEndian(link, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(8), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(12), 22);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(16), sessionId);
        link[20] = channel;
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(30), 18);
        BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(34), 0b1011);
        await stream.WriteAsync(link);
        var header = await ReadAsync(stream, 16);
        var reply = await ReadAsync(stream, (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12)));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(reply));
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(reply.AsSpan(4, 162), out _);
        var auth = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(auth, 1);
        await stream.WriteAsync(auth);
        await stream.WriteAsync(rsa.Encrypt([0], RSAEncryptionPadding.OaepSHA1));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(await ReadAsync(stream, 4)));
    }

    private static async Task<byte[]> ReadAsync(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }
}
