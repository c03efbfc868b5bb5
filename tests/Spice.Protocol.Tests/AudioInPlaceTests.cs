using System.Buffers.Binary;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Protocol.Tests;

/// <summary>
/// The audio hot paths (100 packets a second per client each way) go through static members
/// instead of message objects: the server encodes a playback packet straight after
/// <see cref="PlaybackData.WriteHeader"/> and reads record packets with <see cref="RecordData.Read(ReadOnlySpan{byte}, out uint)"/>.
/// Both must match the message classes and cost no allocation.
/// </summary>
public class AudioInPlaceTests
{
    private static readonly byte[] Packet = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Playback_data_written_in_place_matches_the_message_class()
    {
        var message = new PlaybackData { Time = 0xDEADBEEF, Data = Packet };

        using var fromSpan = new SpiceWriter();
        PlaybackData.Write(fromSpan, 0xDEADBEEF, Packet);
        using var encoded = new SpiceWriter();
        PlaybackData.WriteHeader(encoded, 0xDEADBEEF);
        Packet.CopyTo(encoded.GetSpan(Packet.Length));
        encoded.Advance(Packet.Length);

        var expected = SpiceMessage.ToBytes(message);
        Assert.Equal(expected, fromSpan.ToArray());
        Assert.Equal(expected, encoded.ToArray());
        Assert.Equal(0xDEADBEEF, BinaryPrimitives.ReadUInt32LittleEndian(expected));
        Assert.Equal(Packet, expected[4..]);
    }

    [Fact]
    public void Record_data_read_in_place_matches_the_message_class()
    {
        var body = SpiceMessage.ToBytes(new RecordData { Time = 4242, Data = Packet });

        var data = RecordData.Read(body, out var time);
        var message = RecordData.Read((ReadOnlyMemory<byte>)body);

        Assert.Equal(4242u, time);
        Assert.Equal(message.Time, time);
        Assert.Equal(Packet, data.ToArray());
        Assert.Equal(message.Data.ToArray(), data.ToArray());
        Assert.True(data.Overlaps(body), "the audio is a slice of the body, not a copy");
        Assert.Equal(0, RecordData.Read(body.AsSpan(0, 4), out _).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Record_data_read_in_place_rejects_a_body_without_its_time(int length)
    {
        var body = new byte[length];

        Assert.Throws<SpiceProtocolException>(() => RecordData.Read(body, out _));
    }

    [Fact]
    public void Framing_playback_packets_and_reading_record_packets_allocates_nothing()
    {
        const int packetBytes = 960 * 2;
        var pcm = new byte[packetBytes];
        var record = SpiceMessage.ToBytes(new RecordData { Time = 1, Data = pcm });
        using var w = new SpiceWriter(1 << 16);
        long sum = 0;
        void Round()
        {
            w.Reset(1 << 20);
            for (var i = 0; i < 100; i++)
            {
                var at = FrameWriter.Begin(w, mini: true);
                PlaybackData.WriteHeader(w, (uint)i);
                var span = w.GetSpan(packetBytes);
                pcm.CopyTo(span);
                w.Advance(packetBytes);
                FrameWriter.End(w, at, (ushort)PlaybackMessageType.Data, mini: true);

                var data = RecordData.Read(record, out var time);
                sum += data.Length + time;
            }
        }

        Round();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Round();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(2 * 100 * (packetBytes + 1), sum);
        Assert.Equal(100 * (MessageHeader.SizeOf(mini: true) + 4 + packetBytes), w.Position);
    }
}
