using System.Buffers.Binary;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace Spice.Server.Tests;

/// <summary>
/// A minimal SPICE client written from the protocol description, independent of the server's
/// own wire code: just enough to link a channel and read a few messages.
/// </summary>
internal sealed class LinkClient : IAsyncDisposable
{
    public const uint Magic = 0x51444552;

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
    public async Task SendLinkAsync(byte channelType, uint connectionId = 0, uint magic = Magic, uint major = 2, uint? sizeOverride = null, byte channelId = 0)
    {
        var message = new byte[16 + 18 + 4];
        var s = message.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, magic);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], major);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], sizeOverride ?? 22);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], connectionId);
        s[20] = channelType;
        s[21] = channelId;
        BinaryPrimitives.WriteUInt32LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[26..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(s[30..], 18);
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0b1011);
        await _stream.WriteAsync(message);
    }

    /// <summary>Reads header + SpiceLinkReply (and its caps); returns the error and the public key.</summary>
    public async Task<(uint Error, byte[] PublicKey)> ReadReplyAsync()
    {
        var header = await ReadExactAsync(16);
        Assert.Equal(Magic, BinaryPrimitives.ReadUInt32LittleEndian(header));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12));
        var reply = await ReadExactAsync((int)size);
        return (BinaryPrimitives.ReadUInt32LittleEndian(reply), reply.AsSpan(4, 162).ToArray());
    }

    public async Task SendTicketAsync(byte[] publicKey, string password)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        var plain = Encoding.UTF8.GetBytes(password + "\0");
        var auth = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(auth, 1);
        await _stream.WriteAsync(auth);
        await _stream.WriteAsync(rsa.Encrypt(plain, RSAEncryptionPadding.OaepSHA1));
    }

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

    public async Task<byte[]> ReadExactAsync(int count)
    {
        var buffer = new byte[count];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _stream.ReadExactlyAsync(buffer, cts.Token);
        return buffer;
    }

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
