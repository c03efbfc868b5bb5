using System.Buffers.Binary;
using System.Drawing;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Server;
using Spice.Server.Agent;

namespace Spice.Fuzz.Server;

/// <summary>
/// Each channel's client messages under noise, on a live server (recording on, so audio is decoded): every message type of the channel
/// (and the common ones) with well-formed, short, long and random bodies, absurd lengths, and the
/// main channel's agent tunnel carrying random agent messages; the bytes are written in pieces of
/// random size so the server's reads end anywhere. The server may close a connection, but only
/// cleanly: no channel may end in an unexpected exception, and it must go on linking clients.
/// </summary>
public sealed class ChannelMessageFuzzTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    public async Task Channel_messages_only_ever_close_cleanly(byte channel, int seed)
    {
        using var failures = new ServerFailureLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(failures).SetMinimumLevel(LogLevel.Debug));
        var options = new SpiceServerOptions { Port = 0, LoggerFactory = loggers, LinkTimeout = TimeSpan.FromSeconds(2), Agent = new SilentAgent() };
        var display = new SpiceDisplay(160, 120);
        await using var server = new SpiceServer(options, display);
        await server.StartAsync();
        server.Audio.StartRecording();
        var random = new Random(seed);

        for (var round = 0; round < 16; round++)
        {
            using var main = await FuzzLink.ConnectAsync(server.Port);
            var sessionId = await FuzzLink.LinkAsync(main, 1, 0);
            using var target = channel == 1 ? main : await FuzzLink.ConnectAsync(server.Port);
            if (channel != 1)
            {
                await FuzzLink.LinkAsync(target, channel, sessionId);
            }

            var noise = new byte[160 * 40 * 4];
            random.NextBytes(noise);
            display.Write(noise, 160 * 4, new Rectangle(0, random.Next(0, 80), 160, 40));
            var bytes = Messages(channel, random, round);
            try
            {
                await FuzzLink.SendChunkedAsync(target.GetStream(), bytes, random);
                await Task.Delay(random.Next(0, 30));
            }
            catch (IOException)
            {
            }
        }

        await failures.AssertServerSurvivedAsync(server.Port, TimeSpan.FromMilliseconds(300));
    }

    /// <summary>
    /// The server reads client messages with Spice.Protocol's classes, so every client message type
    /// the protocol layer knows for a channel the server serves must be among those fuzzed here.
    /// </summary>
    [Fact]
    public void Every_client_message_the_protocol_knows_is_fuzzed()
    {
        ChannelType[] served = [ChannelType.Main, ChannelType.Display, ChannelType.Inputs, ChannelType.Cursor, ChannelType.Record];
        var fuzzed = ClientMessageCatalog.Common.Select(m => ((ChannelType?)null, m.Type))
            .Concat(served.SelectMany(c => ClientMessageCatalog.For((byte)c).Select(m => ((ChannelType?)c, m.Type))))
            .ToHashSet();

        var missing = MessageCatalog.ClientMessageTypes
            .Where(m => m.Channel is null || served.Contains(m.Channel.Value))
            .Where(m => !fuzzed.Contains(m))
            .ToList();

        Assert.True(missing.Count == 0, "not fuzzed: " + string.Join(", ", missing));
    }

    /// <summary>One connection's worth of messages; the first rounds are all well-formed, the last may end in an absurd length.</summary>
    private static byte[] Messages(byte channel, Random random, int round)
    {
        var catalog = ClientMessageCatalog.For(channel).Concat(ClientMessageCatalog.Common).ToArray();
        var output = new MemoryStream();
        if (channel == 1)
        {
            Write(output, 106, LittleEndian(random.Next(0, 3) == 0 ? uint.MaxValue : (uint)random.Next(0, 64)));
        }

        for (var m = 0; m < 60; m++)
        {
            var pick = random.Next(catalog.Length + 2);
            if (channel == 1 && pick >= catalog.Length)
            {
                foreach (var chunk in AgentChunks(random))
                {
                    Write(output, 107, chunk);
                }

                continue;
            }

            var (type, size) = pick < catalog.Length ? catalog[pick] : ((ushort)random.Next(0, 300), random.Next(0, 40));
            var length = size >= 0 ? size : random.Next(0, 300);
            if (round >= 4)
            {
                length = random.Next(4) switch
                {
                    0 => random.Next(0, length + 1),
                    1 => length + random.Next(1, 64),
                    _ => length,
                };
            }

            Write(output, type, Body(type, channel, length, random));
            if (round >= 8 && random.Next(40) == 0)
            {
                var absurd = new byte[6];
                BinaryPrimitives.WriteUInt16LittleEndian(absurd, type);
                BinaryPrimitives.WriteUInt32LittleEndian(absurd.AsSpan(2), random.Next(2) == 0 ? uint.MaxValue : (uint)random.Next(1 << 20, int.MaxValue));
                output.Write(absurd);
                output.Write(Noise(random, random.Next(0, 100)));
                break;
            }
        }

        return output.ToArray();
    }

    /// <summary>A body of <paramref name="length"/> bytes: random, or, half the time for a few types, values at the edges that parsers mishandle.</summary>
    private static byte[] Body(ushort type, byte channel, int length, Random random)
    {
        var body = Noise(random, length);
        if (random.Next(2) == 0)
        {
            return body;
        }

        var edge = random.Next(3) switch
        {
            0 => 0u,
            1 => uint.MaxValue,
            _ => 0x8000_0000u,
        };
        for (var i = 0; i + 4 <= body.Length; i += 4)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(i), edge);
        }

        if (channel == 2 && type == 102 && body.Length >= 8)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(body, (uint)random.Next(0, 4));
        }

        if (channel == 6 && type == 102 && body.Length >= 6)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(4), (ushort)random.Next(0, 4));
        }

        return body;
    }

    /// <summary>Random agent messages (VDAgentMessage header + data, sometimes lying about its size) cut into AGENT_DATA chunks.</summary>
    private static IEnumerable<byte[]> AgentChunks(Random random)
    {
        var data = Noise(random, random.Next(0, 600));
        var message = new byte[20 + data.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(message, random.Next(8) == 0 ? (uint)random.Next() : 1u);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(4), (uint)random.Next(0, 20));
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(8), (ulong)random.NextInt64());
        var size = random.Next(6) switch
        {
            0 => uint.MaxValue,
            1 => (uint)random.Next(0, 100_000_000),
            _ => (uint)data.Length,
        };
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(16), size);
        data.CopyTo(message, 20);
        for (var at = 0; at < message.Length;)
        {
            var n = Math.Min(message.Length - at, random.Next(1, 2048));
            yield return message[at..(at + n)];
            at += n;
        }
    }

    private static void Write(MemoryStream output, ushort type, byte[] body)
    {
        var header = new byte[6];
        BinaryPrimitives.WriteUInt16LittleEndian(header, type);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(2), (uint)body.Length);
        output.Write(header);
        output.Write(body);
    }

    private static byte[] LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>An agent that is there (so the tunnel parses) and does nothing with what it gets.</summary>
    private sealed class SilentAgent : ISpiceAgent
    {
        public Capabilities Capabilities { get; } = new Capabilities().Set(0).Set(1).Set(3).Set(5).Set(9).Set(10);
    }
}
