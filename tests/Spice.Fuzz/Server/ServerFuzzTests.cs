using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spice.Server;
using Spice.Server.Link;

namespace Spice.Fuzz.Server;

/// <summary>
/// The server's parsers under noise: the link message parser alone, then a live server fed
/// mutated link messages and random channel messages cut at arbitrary points. Nothing may
/// escape as an unexpected exception (the server logs those as event 16), and the server must
/// go on linking well-behaved clients.
/// </summary>
public sealed class ServerFuzzTests
{
    private const int ChannelFailedEvent = 16;

    [Fact]
    public void Link_message_parser_only_refuses()
    {
        var random = new Random(21);
        var valid = LinkMessage(1, 0)[16..];
        for (var i = 0; i < 20_000; i++)
        {
            var input = i % 2 == 0 ? Mutate(valid, random) : Noise(random, random.Next(0, 80));
            try
            {
                LinkRequest.Parse(input);
            }
            catch (LinkRefusedException)
            {
            }
        }
    }

    [Fact]
    public async Task Live_server_survives_mutated_links_and_random_messages()
    {
        var failures = new FailureLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(failures));
        var options = new SpiceServerOptions { Port = 0, LoggerFactory = loggers, LinkTimeout = TimeSpan.FromSeconds(2) };
        await using var server = new SpiceServer(options, new SpiceDisplay(128, 96));
        await server.StartAsync();
        var random = new Random(5);

        for (var i = 0; i < 60; i++)
        {
            using var tcp = await ConnectAsync(server.Port);
            var message = Mutate(LinkMessage((byte)random.Next(1, 5), 0), random);
            await SendChunkedAsync(tcp.GetStream(), message, random);
        }

        for (var round = 0; round < 6; round++)
        {
            using var main = await ConnectAsync(server.Port);
            var sessionId = await LinkAsync(main, 1, 0);
            foreach (var channel in new byte[] { 2, 3, 4, 1 })
            {
                using var tcp = channel == 1 ? main : await ConnectAsync(server.Port);
                if (channel != 1)
                {
                    await LinkAsync(tcp, channel, sessionId);
                }

                var stream = new MemoryStream();
                for (var m = 0; m < 40; m++)
                {
                    var body = Noise(random, random.Next(0, 48));
                    var header = new byte[6];
                    BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)random.Next(1, 120));
                    BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(2), (uint)body.Length);
                    stream.Write(header);
                    stream.Write(body);
                }

                try
                {
                    await SendChunkedAsync(tcp.GetStream(), stream.ToArray(), random);
                }
                catch (IOException)
                {
                }
            }
        }

        using var last = await ConnectAsync(server.Port);
        Assert.NotEqual(0u, await LinkAsync(last, 1, 0));
        await Task.Delay(200);
        Assert.Empty(failures.Failures);
    }

    private static async Task<TcpClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        return tcp;
    }

    /// <summary>Links a channel with AUTH_SELECTION and MINI_HEADER; for main returns the session id from INIT.</summary>
    private static async Task<uint> LinkAsync(TcpClient tcp, byte channel, uint sessionId)
    {
        var stream = tcp.GetStream();
        await stream.WriteAsync(LinkMessage(channel, sessionId));
        var header = new byte[16];
        await stream.ReadExactlyAsync(header);
        var reply = new byte[BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12))];
        await stream.ReadExactlyAsync(reply);
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(reply.AsSpan(4, 162), out _);
        var auth = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(auth, 1);
        await stream.WriteAsync(auth);
        await stream.WriteAsync(rsa.Encrypt([0], RSAEncryptionPadding.OaepSHA1));
        var result = new byte[4];
        await stream.ReadExactlyAsync(result);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(result));
        if (channel != 1)
        {
            return sessionId;
        }

        var init = new byte[6 + 32];
        await stream.ReadExactlyAsync(init);
        return BinaryPrimitives.ReadUInt32LittleEndian(init.AsSpan(6));
    }

    private static byte[] LinkMessage(byte channel, uint connectionId)
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

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var copy = (byte[])valid.Clone();
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }

    private static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static async Task SendChunkedAsync(NetworkStream stream, byte[] bytes, Random random)
    {
        for (var at = 0; at < bytes.Length;)
        {
            var n = Math.Min(bytes.Length - at, random.Next(1, 24));
            await stream.WriteAsync(bytes.AsMemory(at, n));
            at += n;
        }
    }

    private sealed class FailureLog : ILoggerProvider, ILogger
    {
        private readonly List<string> _failures = [];

        public IReadOnlyList<string> Failures
        {
            get
            {
                lock (_failures)
                {
                    return [.. _failures];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == ChannelFailedEvent || logLevel >= LogLevel.Error)
            {
                lock (_failures)
                {
                    _failures.Add($"{formatter(state, exception)} {exception}");
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
