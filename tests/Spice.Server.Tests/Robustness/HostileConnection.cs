using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Spice.TestSupport;

namespace Spice.Server.Tests.Robustness;

/// <summary>
/// One hostile connection: it goes some random way into the link or into a linked channel's
/// messages (garbage, absurd lengths, messages cut short, valid types with random bodies) and
/// then is killed (reset) or closed at a random point.
/// </summary>
internal static class HostileConnection
{
    private static readonly ushort[][] ChannelTypes =
    [
        [],
        [101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112],
        [101, 102, 103, 104, 105],
        [101, 102, 103, 104, 111, 112, 113, 114],
        [],
        [],
        [101, 102, 103],
    ];

    public static async Task RunAsync(int port, string password, int seed)
    {
        var random = new Random(seed);
        await using var client = await LinkClient.ConnectAsync(port);
        try
        {
            await ActAsync(client, port, password, random);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or EndOfStreamException)
        {
        }
        finally
        {
            if (random.Next(2) == 0)
            {
                client.Socket!.LingerState = new LingerOption(true, 0);
            }
        }
    }

    private static async Task ActAsync(LinkClient client, int port, string password, Random random)
    {
        var stream = client.Stream;
        switch (random.Next(8))
        {
            case 0:
                return;
            case 1:
                await stream.WriteAsync(Garbage(random, random.Next(1, 200)));
                return;
            case 2:
                await stream.WriteAsync(RawSpiceLink.LinkMessage((byte)random.Next(1, 7), 0).AsMemory(0, random.Next(1, 38)));
                return;
            case 3:
                var absurd = RawSpiceLink.LinkMessage((byte)random.Next(1, 7), 0);
                BinaryPrimitives.WriteUInt32LittleEndian(absurd.AsSpan(12), random.Next(2) == 0 ? uint.MaxValue : (uint)random.Next(4097, int.MaxValue));
                await stream.WriteAsync(absurd);
                await Drain(client, random);
                return;
            case 4:
                await client.SendLinkAsync((byte)random.Next(1, 7), connectionId: (uint)random.Next());
                var (_, key) = await client.ReadReplyAsync();
                if (random.Next(2) == 0)
                {
                    await stream.WriteAsync(new byte[] { 1, 0, 0, 0 }.Concat(Garbage(random, random.Next(0, 200))).ToArray());
                }

                return;
            case 5:
                await WebSocketAsync(client, random);
                return;
            default:
                await LinkedChannelAsync(client, port, password, random);
                return;
        }
    }

    /// <summary>Links main (and maybe another channel of that session), then sends it hostile messages.</summary>
    private static async Task LinkedChannelAsync(LinkClient main, int port, string password, Random random)
    {
        if (await main.LinkAsync(1, password) != 0)
        {
            throw new InvalidOperationException("main did not link");
        }

        var (_, init) = await main.ReadMessageAsync();
        var channel = (byte)random.Next(1, 7);
        if (channel == 1)
        {
            await MessagesAsync(main, 1, random);
            return;
        }

        await using var other = await LinkClient.ConnectAsync(port);
        try
        {
            if (await other.LinkAsync(channel, password, BinaryPrimitives.ReadUInt32LittleEndian(init)) == 0)
            {
                await MessagesAsync(other, channel, random);
            }
        }
        finally
        {
            if (random.Next(2) == 0)
            {
                other.Socket!.LingerState = new LingerOption(true, 0);
            }
        }
    }

    private static async Task MessagesAsync(LinkClient client, byte channel, Random random)
    {
        var bytes = new MemoryStream();
        for (var m = random.Next(1, 30); m > 0; m--)
        {
            var kind = random.Next(10);
            var types = ChannelTypes[channel];
            ushort type = kind < 5 && types.Length > 0 ? types[random.Next(types.Length)] : (ushort)random.Next(0, 7);
            if (kind == 9)
            {
                type = (ushort)random.Next();
            }

            var body = Garbage(random, random.Next(0, 40));
            var header = new byte[6];
            BinaryPrimitives.WriteUInt16LittleEndian(header, type);
            var size = kind == 8 ? (random.Next(2) == 0 ? uint.MaxValue : (uint)random.Next(1 << 20, int.MaxValue)) : (uint)body.Length;
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(2), size);
            bytes.Write(header);
            bytes.Write(body);
            if (kind == 8)
            {
                break;
            }
        }

        var all = bytes.ToArray();
        var cut = random.Next(3) == 0 ? random.Next(all.Length + 1) : all.Length;
        for (var at = 0; at < cut;)
        {
            var n = Math.Min(cut - at, random.Next(1, 64));
            await client.Stream.WriteAsync(all.AsMemory(at, n));
            at += n;
        }

        await Drain(client, random);
    }

    /// <summary>A WebSocket upgrade cut short, or completed and followed by garbage frames.</summary>
    private static async Task WebSocketAsync(LinkClient client, Random random)
    {
        var request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: binary\r\n\r\n");
        if (random.Next(3) == 0)
        {
            await client.Stream.WriteAsync(request.AsMemory(0, random.Next(4, request.Length)));
            return;
        }

        await client.Stream.WriteAsync(request);
        var seen = new StringBuilder();
        var one = new byte[1];
        while (!seen.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            await client.Stream.ReadExactlyAsync(one);
            seen.Append((char)one[0]);
        }

        await client.Stream.WriteAsync(Garbage(random, random.Next(1, 300)));
        await Drain(client, random);
    }

    /// <summary>Sometimes reads what the server answers for a moment before the connection goes.</summary>
    private static async Task Drain(LinkClient client, Random random)
    {
        if (random.Next(2) == 0)
        {
            await client.ClosedByServerAsync(TimeSpan.FromMilliseconds(random.Next(1, 100)));
        }
    }

    private static byte[] Garbage(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
