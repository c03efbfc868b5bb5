using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Spice.Server;

namespace Spice.Fuzz.Server;

/// <summary>
/// What a browser-side client sends before and around SPICE: the HTTP upgrade request (mutated,
/// cut short, oversized) and WebSocket frames (random opcodes, flags, masks and lengths, up to
/// absurd 64-bit ones), written in random pieces. Only clean closes; the server keeps linking.
/// </summary>
public sealed class WebSocketFuzzTests
{
    private static readonly byte[] Upgrade = Encoding.ASCII.GetBytes(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: binary\r\n\r\n");

    [Fact]
    public async Task Upgrade_requests_and_frames_only_ever_close_cleanly()
    {
        using var failures = new ServerFailureLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(failures).SetMinimumLevel(LogLevel.Debug));
        var options = new SpiceServerOptions { Port = 0, LoggerFactory = loggers, LinkTimeout = TimeSpan.FromSeconds(1) };
        await using var server = new SpiceServer(options, new SpiceDisplay(64, 48));
        await server.StartAsync();
        var random = new Random(17);

        for (var i = 0; i < 150; i++)
        {
            using var tcp = await FuzzLink.ConnectAsync(server.Port);
            var stream = tcp.GetStream();
            try
            {
                if (i % 3 == 0)
                {
                    await FuzzLink.SendChunkedAsync(stream, MutatedRequest(random), random);
                    continue;
                }

                await stream.WriteAsync(Upgrade);
                await ReadResponseAsync(stream);
                var frames = new MemoryStream();
                for (var f = random.Next(1, 6); f > 0; f--)
                {
                    frames.Write(Frame(random, i % 3 == 1 ? FuzzLink.LinkMessage(1, 0) : null));
                }

                await FuzzLink.SendChunkedAsync(stream, frames.ToArray(), random);
                await Task.Delay(random.Next(0, 20));
            }
            catch (IOException)
            {
            }
        }

        await failures.AssertServerSurvivedAsync(server.Port, TimeSpan.FromMilliseconds(300));
    }

    private static byte[] MutatedRequest(Random random)
    {
        var request = random.Next(4) == 0
            ? [.. Upgrade[..^2], .. Encoding.ASCII.GetBytes("X-Long: " + new string('a', random.Next(1, 20_000)) + "\r\n\r\n")]
            : (byte[])Upgrade.Clone();
        for (var flips = random.Next(0, 5); flips > 0; flips--)
        {
            request[random.Next(4, request.Length)] = (byte)random.Next(256);
        }

        return random.Next(3) == 0 ? request[..random.Next(4, request.Length)] : request;
    }

    /// <summary>A frame: usually masked binary carrying <paramref name="payload"/> or noise; sometimes any opcode, flags and length.</summary>
    private static byte[] Frame(Random random, byte[]? payload)
    {
        payload ??= Noise(random, random.Next(0, 200));
        var wild = random.Next(3) == 0;
        var first = wild ? (byte)random.Next(256) : (byte)0x82;
        var masked = !wild || random.Next(2) == 0;
        var output = new MemoryStream();
        output.WriteByte(first);
        var lengthKind = wild ? random.Next(3) : (payload.Length < 126 ? 0 : 1);
        var maskBit = masked ? 0x80 : 0;
        switch (lengthKind)
        {
            case 0:
                output.WriteByte((byte)(maskBit | Math.Min(payload.Length, 125)));
                break;
            case 1:
                output.WriteByte((byte)(maskBit | 126));
                var length16 = new byte[2];
                BinaryPrimitives.WriteUInt16BigEndian(length16, (ushort)payload.Length);
                output.Write(length16);
                break;
            default:
                output.WriteByte((byte)(maskBit | 127));
                var length64 = new byte[8];
                BinaryPrimitives.WriteUInt64BigEndian(length64, random.Next(2) == 0 ? ulong.MaxValue : (ulong)random.NextInt64());
                output.Write(length64);
                break;
        }

        var mask = Noise(random, 4);
        if (masked)
        {
            output.Write(mask);
        }

        for (var j = 0; j < payload.Length; j++)
        {
            output.WriteByte(masked ? (byte)(payload[j] ^ mask[j % 4]) : payload[j]);
        }

        return output.ToArray();
    }

    private static async Task ReadResponseAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!seen.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            await stream.ReadExactlyAsync(one, timeout.Token);
            seen.Append((char)one[0]);
        }
    }

    private static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
