using System.Buffers;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;
using Spice.Protocol.Messages;
using Spice.Protocol.Samples;
using Spice.TestSupport;

namespace Spice.Fuzz.Protocol;

/// <summary>The frame reader over streams cut at arbitrary points, and the link parsers over noise.</summary>
public class FrameAndLinkFuzzTests
{
    /// <summary>Random chunks of up to 39 bytes, empty ones included.</summary>
    private static ReadOnlySequence<byte> Chunked(byte[] bytes, Random random)
    {
        var chunks = new List<ReadOnlyMemory<byte>>();
        var at = 0;
        do
        {
            var length = Math.Min(bytes.Length - at, random.Next(0, 40));
            chunks.Add(bytes.AsMemory(at, length));
            at += length;
        }
        while (at < bytes.Length);

        return ByteSequence.FromChunks(chunks);
    }

    [Theory]
    [InlineData(true, 11)]
    [InlineData(false, 12)]
    public void Stream_fed_in_random_pieces_yields_every_message(bool mini, int seed)
    {
        var random = new Random(seed);
        using var w = new SpiceWriter();
        var expected = new List<(ushort Type, byte[] Body)>();
        for (var i = 0; i < 200; i++)
        {
            var message = ProtocolSamples.All[random.Next(ProtocolSamples.All.Count)].Message;
            FrameWriter.Write(w, message, mini, (ulong)i);
            expected.Add((message.MessageType, SpiceMessage.ToBytes(message)));
        }

        var stream = w.ToArray();
        var received = new List<(ushort Type, byte[] Body)>();
        var fed = 0;
        var pending = new List<byte>();
        while (fed < stream.Length)
        {
            var take = Math.Min(stream.Length - fed, random.Next(1, 300));
            pending.AddRange(stream.AsSpan(fed, take).ToArray());
            fed += take;
            var buffer = Chunked([.. pending], random);
            while (FrameReader.TryRead(ref buffer, mini, out ushort type, out var body))
            {
                received.Add((type, body.ToArray()));
            }

            pending = [.. buffer.ToArray()];
        }

        Assert.Empty(pending);
        Assert.Equal(expected.Count, received.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Type, received[i].Type);
            Assert.Equal(expected[i].Body, received[i].Body);
        }
    }

    [Fact]
    public void Garbage_streams_only_need_data_or_throw_protocol_exception()
    {
        var random = new Random(99);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            var buffer = Chunked(bytes, random);
            try
            {
                while (FrameReader.TryRead(ref buffer, random.Next(2) == 0, out ushort _, out var body, maxMessageSize: 1 << 16))
                {
                    Assert.True(body.Length <= 1 << 16);
                }
            }
            catch (SpiceProtocolException)
            {
            }
        }
    }

    [Fact]
    public void Link_parsers_over_noise_and_mutations()
    {
        var random = new Random(7);
        using var w = new SpiceWriter();
        new LinkMess { ChannelType = ChannelType.Main, CommonCaps = new Capabilities().Set(3), ChannelCaps = new Capabilities().Set(1) }.Write(w);
        var mess = w.ToArray();
        w.Reset();
        new LinkReply { CommonCaps = new Capabilities().Set(0) }.Write(w);
        var reply = w.ToArray();

        for (var i = 0; i < 5000; i++)
        {
            var source = random.Next(3) switch { 0 => mess, 1 => reply, _ => new byte[random.Next(0, 200)] };
            var bytes = (byte[])source.Clone();
            if (source.Length == 0 || random.Next(4) == 0)
            {
                random.NextBytes(bytes);
            }
            else if (bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                bytes = bytes[..random.Next(bytes.Length + 1)];
            }

            Try(() => LinkMess.Read(bytes));
            Try(() => LinkReply.Read(bytes));
            Try(() => LinkHeader.Read(bytes));
            Try(() => LinkAuthMechanism.Read(bytes));
            Try(() => LinkResult.Read(bytes));
        }
    }

    private static void Try(Action parse)
    {
        try
        {
            parse();
        }
        catch (SpiceProtocolException)
        {
        }
    }
}
