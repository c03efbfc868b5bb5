using System.Buffers;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.TestSupport;

namespace Spice.Protocol.Tests;

public class FramingTests
{
    private static byte[] TwoFrames(bool mini)
    {
        using var w = new SpiceWriter();
        FrameWriter.Write(w, new SetAck { Generation = 1, Window = 2 }, mini, serial: 1);
        FrameWriter.Write(w, new Ping { Id = 5, Timestamp = 6, Data = new byte[] { 9, 9, 9 } }, mini, serial: 2);
        return w.ToArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Frames_split_anywhere_read_back_in_order(bool mini)
    {
        var bytes = TwoFrames(mini);
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            var buffer = ByteSequence.Split(bytes, cut);

            Assert.True(FrameReader.TryRead(ref buffer, mini, out MessageHeader first, out var firstBody));
            Assert.True(FrameReader.TryRead(ref buffer, mini, out ushort secondType, out var secondBody));
            Assert.False(FrameReader.TryRead(ref buffer, mini, out ushort _, out _));

            Assert.Equal((ushort)CommonMessageType.SetAck, first.Type);
            Assert.Equal(mini ? 0ul : 1ul, first.Serial);
            Assert.Equal(new SetAck { Generation = 1, Window = 2 }, SetAck.Read(firstBody.ToArray()));
            Assert.Equal((ushort)CommonMessageType.Ping, secondType);
            Assert.Equal(5u, Ping.Read(secondBody.ToArray()).Id);
            Assert.True(buffer.IsEmpty);
        }
    }

    [Fact]
    public void Partial_frame_needs_more_data_and_leaves_buffer_alone()
    {
        var bytes = TwoFrames(mini: false);
        for (var length = 0; length < MessageHeader.FullSize + 8; length++)
        {
            var buffer = new ReadOnlySequence<byte>(bytes, 0, length);

            Assert.False(FrameReader.TryRead(ref buffer, false, out ushort _, out _));
            Assert.Equal(length, buffer.Length);
        }
    }

    [Fact]
    public void Oversized_frame_throws_from_the_header_alone()
    {
        var header = new byte[MessageHeader.MiniSize];
        new MessageHeader(0, 1, ProtocolLimits.MaxMessageSize + 1u, 0).Write(header, mini: true);
        var buffer = new ReadOnlySequence<byte>(header);

        Assert.Throws<SpiceProtocolException>(() => FrameReader.TryRead(ref buffer, true, out ushort _, out _));
    }

    [Fact]
    public void Frame_writer_reports_body_size_in_header()
    {
        using var w = new SpiceWriter();
        var size = FrameWriter.Write(w, new Ping { Id = 1, Timestamp = 2, Data = new byte[100] }, mini: true);

        var header = MessageHeader.Read(w.WrittenSpan, mini: true);
        Assert.Equal(112, size);
        Assert.Equal((uint)size, header.Size);
        Assert.Equal(MessageHeader.MiniSize + size, w.Position);
    }

    [Fact]
    public void Pointer_offsets_are_relative_to_the_body_not_the_header()
    {
        var copy = Samples.ProtocolSamples.All.Single(s => s.Message is Messages.Display.DrawCopy).Message;
        using var w = new SpiceWriter();
        FrameWriter.Write(w, copy, mini: false);

        var body = w.WrittenSpan[MessageHeader.FullSize..].ToArray();

        Assert.Equal(SpiceMessage.ToBytes(copy), body);
    }

    [Fact]
    public void Reader_past_end_throws()
    {
        var r = new SpiceReader(new byte[] { 1, 2, 3 });
        Assert.Equal(0x0201, r.ReadUInt16());
        try
        {
            r.ReadUInt32();
            Assert.Fail("read past the end");
        }
        catch (SpiceProtocolException)
        {
        }

        Assert.Equal(1, r.Remaining);
    }
}
