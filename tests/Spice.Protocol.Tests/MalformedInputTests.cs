using System.Buffers.Binary;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Samples;

namespace Spice.Protocol.Tests;

public class MalformedInputTests
{
    private static bool Parse(ChannelType channel, bool fromServer, ushort type, byte[] body) =>
        fromServer
            ? MessageCatalog.TryReadServerMessage(channel, type, body, out _)
            : MessageCatalog.TryReadClientMessage(channel, type, body, out _);

    [Fact]
    public void Every_truncation_of_every_sample_fails_only_with_protocol_exception()
    {
        var rejected = 0;
        foreach (var (channel, fromServer, message) in ProtocolSamples.All)
        {
            var bytes = SpiceMessage.ToBytes(message);
            for (var length = 0; length < bytes.Length; length++)
            {
                try
                {
                    Parse(channel, fromServer, message.MessageType, bytes[..length]);
                }
                catch (SpiceProtocolException)
                {
                    rejected++;
                }
            }
        }

        Assert.True(rejected > 500, $"only {rejected} truncations were rejected");
    }

    [Fact]
    public void Truncated_draw_copy_throws()
    {
        var bytes = SpiceMessage.ToBytes(ProtocolSamples.All.Single(s => s.Message is DrawCopy).Message);
        Assert.Throws<SpiceProtocolException>(() => DrawCopy.Read(bytes[..^1]));
    }

    [Fact]
    public void Pointer_outside_the_body_throws()
    {
        var bytes = SpiceMessage.ToBytes(new DrawCopy { Base = new DisplayBase(), SrcBitmap = ProtocolSamples.QuicImage });
        var srcPointerAt = 4 + 16 + 1;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(srcPointerAt), 0x00ffffff);

        Assert.Throws<SpiceProtocolException>(() => DrawCopy.Read(bytes));
    }

    [Fact]
    public void Pointer_to_the_very_end_throws_on_the_first_read()
    {
        var bytes = SpiceMessage.ToBytes(new DrawCopy { Base = new DisplayBase(), SrcBitmap = ProtocolSamples.QuicImage });
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 + 16 + 1), (uint)bytes.Length);

        Assert.Throws<SpiceProtocolException>(() => DrawCopy.Read(bytes));
    }

    [Fact]
    public void Null_required_pointer_throws()
    {
        var stroke = ProtocolSamples.All.Single(s => s.Message is DrawStroke).Message;
        var bytes = SpiceMessage.ToBytes(stroke);
        var pathPointerAt = 4 + 16 + 1 + 4 + (2 * 16);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(pathPointerAt), 0);

        Assert.Throws<SpiceProtocolException>(() => DrawStroke.Read(bytes));
    }

    [Theory]
    [InlineData(0xffffffffu)]
    [InlineData(0x10000000u)]
    public void Absurd_clip_rect_count_throws_before_allocating(uint count)
    {
        var bytes = SpiceMessage.ToBytes(new SurfaceDestroy());
        var body = new byte[4 + 16 + 1 + 4 + 16];
        body[20] = (byte)ClipType.Rects;
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(21), count);

        Assert.Equal(4, bytes.Length);
        Assert.Throws<SpiceProtocolException>(() => CopyBits.Read(body));
    }

    [Fact]
    public void Absurd_data_size_throws()
    {
        var bytes = SpiceMessage.ToBytes(new StreamData { Base = new StreamDataHeader(1, 2), Data = new byte[4] });
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), int.MaxValue);

        Assert.Throws<SpiceProtocolException>(() => StreamData.Read(bytes));
    }

    [Fact]
    public void Bitmap_whose_stride_times_height_overflows_throws()
    {
        var image = ProtocolSamples.BitmapImage(null);
        var bytes = SpiceMessage.ToBytes(new DrawCopy { Base = new DisplayBase(), SrcBitmap = image });
        var bitmapAt = 4 + 16 + 1 + 4 + 16 + 2 + 1 + 13 + 18;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bitmapAt + 6), uint.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bitmapAt + 10), uint.MaxValue);

        Assert.Throws<SpiceProtocolException>(() => DrawCopy.Read(bytes));
    }

    [Fact]
    public void Unknown_image_type_throws()
    {
        var bytes = SpiceMessage.ToBytes(new DrawCopy { Base = new DisplayBase(), SrcBitmap = ProtocolSamples.QuicImage });
        var imageTypeAt = 4 + 16 + 1 + 4 + 16 + 2 + 1 + 13 + 8;
        bytes[imageTypeAt] = 42;

        Assert.Throws<SpiceProtocolException>(() => DrawCopy.Read(bytes));
    }
}
