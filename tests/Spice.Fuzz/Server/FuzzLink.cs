using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;

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
        await stream.WriteAsync(LinkMessage(channel, sessionId));
        var header = await ReadAsync(stream, 16);
        var reply = await ReadAsync(stream, (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12)));
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(reply.AsSpan(4, 162), out _);
        var auth = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(auth, 1);
        await stream.WriteAsync(auth);
        await stream.WriteAsync(rsa.Encrypt([0], RSAEncryptionPadding.OaepSHA1));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(await ReadAsync(stream, 4)));
        if (channel != 1)
        {
            return sessionId;
        }

        var messageHeader = await ReadAsync(stream, 6);
        var init = await ReadAsync(stream, (int)BinaryPrimitives.ReadUInt32LittleEndian(messageHeader.AsSpan(2)));
        return BinaryPrimitives.ReadUInt32LittleEndian(init);
    }

    public static byte[] LinkMessage(byte channel, uint connectionId)
    {
        var message = new byte[16 + 22];
        var s = message.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, 0x51444552);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], 22);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], connectionId);
        s[20] = channel;
        BinaryPrimitives.WriteUInt32LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[30..], 18);
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0b1011);
        return message;
    }

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

    private static async Task<byte[]> ReadAsync(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }
}
