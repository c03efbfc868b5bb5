using System.Buffers.Binary;
using System.Net.Sockets;
using System.Net.WebSockets;
using Spice.TestSupport;

namespace Spice.Server.Tests;

/// <summary>
/// A minimal SPICE client written from the protocol description, independent of the server's
/// own wire code: just enough to link a channel and read a few messages.
/// </summary>
internal sealed class LinkClient : IAsyncDisposable
{
    private readonly IDisposable _connection;
    private readonly Stream _stream;

    private LinkClient(IDisposable connection, Stream stream)
    {
        _connection = connection;
        _stream = stream;
    }

    public Stream Stream => _stream;

    public Socket? Socket => (_connection as TcpClient)?.Client;

    public static async Task<LinkClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        return new LinkClient(tcp, tcp.GetStream());
    }

    /// <summary>Connects through a WebSocket upgrade on the same port, as spice-html5 does.</summary>
    public static async Task<LinkClient> ConnectWebSocketAsync(int port)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("binary");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), CancellationToken.None);
        return new LinkClient(socket, WebSocketStream.Create(socket, WebSocketMessageType.Binary, ownsWebSocket: true));
    }

    /// <summary>Sends header + SpiceLinkMess with AUTH_SELECTION, AUTH_SPICE, MINI_HEADER.</summary>
    public async Task SendLinkAsync(byte channelType, uint connectionId = 0, uint magic = RawSpiceLink.Magic, uint major = 2, uint? sizeOverride = null, byte channelId = 0)
    {
        var message = RawSpiceLink.LinkMessage(channelType, connectionId, channelId);
        BinaryPrimitives.WriteUInt32LittleEndian(message, magic);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(4), major);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(12), sizeOverride ?? 22);
        await _stream.WriteAsync(message);
    }

    /// <summary>Reads header + SpiceLinkReply (and its caps); returns the error and the public key.</summary>
    public async Task<(uint Error, byte[] PublicKey)> ReadReplyAsync()
    {
        var header = await ReadExactAsync(16);
        Assert.Equal(RawSpiceLink.Magic, BinaryPrimitives.ReadUInt32LittleEndian(header));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12));
        var reply = await ReadExactAsync((int)size);
        return (BinaryPrimitives.ReadUInt32LittleEndian(reply), reply.AsSpan(4, 162).ToArray());
    }

    public Task SendTicketAsync(byte[] publicKey, string password) => RawSpiceLink.SendTicketAsync(_stream, publicKey, password);

    public async Task<uint> ReadResultAsync() => BinaryPrimitives.ReadUInt32LittleEndian(await ReadExactAsync(4));

    /// <summary>Links a channel completely; returns the link result.</summary>
    public async Task<uint> LinkAsync(byte channelType, string password, uint connectionId = 0)
    {
        await SendLinkAsync(channelType, connectionId);
        var (error, key) = await ReadReplyAsync();
        if (error != 0)
        {
            return error;
        }

        await SendTicketAsync(key, password);
        return await ReadResultAsync();
    }

    /// <summary>Reads one mini-header message: (type, body).</summary>
    public async Task<(ushort Type, byte[] Body)> ReadMessageAsync()
    {
        var header = await ReadExactAsync(6);
        var type = BinaryPrimitives.ReadUInt16LittleEndian(header);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(2));
        return (type, await ReadExactAsync((int)size));
    }

    public async Task SendMessageAsync(ushort type, byte[] body)
    {
        var message = new byte[6 + body.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(message, type);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(2), (uint)body.Length);
        body.CopyTo(message, 6);
        await _stream.WriteAsync(message);
    }

    /// <summary>True when the server closed the connection (reads end) within the timeout.</summary>
    public async Task<bool> ClosedByServerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[4096];
        try
        {
            while (await _stream.ReadAsync(buffer, cts.Token) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public Task<byte[]> ReadExactAsync(int count) => RawSpiceLink.ReadExactAsync(_stream, count);

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
