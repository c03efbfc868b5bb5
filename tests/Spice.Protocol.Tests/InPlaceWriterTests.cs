using System.Buffers.Binary;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Display;

namespace Spice.Protocol.Tests;

/// <summary>
/// The static writers a sender uses to lay out draws without building message objects (and to
/// encode an image straight into the message) must give exactly the bytes of the message classes,
/// which are the spice.proto layouts.
/// </summary>
public class InPlaceWriterTests
{
    private static readonly byte[] Compressed = [1, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void Draw_copy_with_an_image_written_in_place_matches_the_message_class()
    {
        var image = new Image
        {
            Descriptor = new ImageDescriptor(0x1122334455667788, ImageType.Quic, ImageFlags.CacheMe, 64, 32),
            Payload = new BinaryData { Data = Compressed },
        };
        var message = new DrawCopy
        {
            Base = new DisplayBase { SurfaceId = 0, Box = new Rect(10, 20, 42, 84) },
            SrcBitmap = image,
            SrcArea = new Rect(0, 0, 32, 64),
            RopDescriptor = Ropd.OpPut,
            Mask = QMask.None,
        };

        using var w = new SpiceWriter();
        DrawCopy.Write(w, 0, new Rect(10, 20, 42, 84), Clip.None, new EncodingImage(image.Descriptor, Compressed), new Rect(0, 0, 32, 64), Ropd.OpPut, ImageScaleMode.Interpolate, QMask.None);
        w.FlushPointers();

        var bytes = w.ToArray();
        Assert.Equal(SpiceMessage.ToBytes(message), bytes);

        // spice.proto: base (4 + 16 + clip 1), src_bitmap pointer, src_area 16, rop u16, scale u8,
        // mask (flags u8, pos 8, bitmap pointer): 57 bytes, the image right after them.
        const int imageAt = 57;
        Assert.Equal((uint)imageAt, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(21)));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(imageAt - 4)));
        Assert.Equal((byte)ImageType.Quic, bytes[imageAt + 8]);
        Assert.Equal((uint)Compressed.Length, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(imageAt + 18)));
        Assert.Equal(Compressed, bytes[(imageAt + 22)..]);
        Assert.Equal(message, DrawCopy.Read(bytes) with { SrcBitmap = image });
    }

    [Fact]
    public void An_image_can_rewind_what_it_wrote_and_write_something_else()
    {
        var fallback = new ImageDescriptor(7, ImageType.LzRgb, 0, 2, 2);
        var expected = new DrawCopy { SrcBitmap = new Image { Descriptor = fallback, Payload = new BinaryData { Data = Compressed } } };

        using var w = new SpiceWriter();
        DrawCopy.Write(w, 0, default, Clip.None, new EncodingImage(new ImageDescriptor(7, ImageType.GlzRgb, 0, 2, 2), new byte[300]) { RewriteAs = fallback }, default, 0, 0, QMask.None);
        w.FlushPointers();

        Assert.Equal(SpiceMessage.ToBytes(expected), w.ToArray());
    }

    [Fact]
    public void Rewind_refuses_to_drop_a_pending_pointer()
    {
        using var w = new SpiceWriter();
        w.WriteUInt32(1);
        w.WritePointer(new byte[] { 9 });

        Assert.Throws<InvalidOperationException>(() => w.Rewind(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => w.Rewind(w.Position + 1));
        w.FlushPointers();
        w.Rewind(4);
        Assert.Equal(4, w.Position);
    }

    [Fact]
    public void Reset_gives_back_a_buffer_grown_past_the_limit()
    {
        using var w = new SpiceWriter(64);
        w.Reserve(10_000);

        w.Reset(4096);

        Assert.Equal(0, w.Position);
        Assert.InRange(w.Capacity, 1, 4096);
        w.Reserve(100);
        w.Reset(4096);
        Assert.InRange(w.Capacity, 100, 4096);
    }

    [Fact]
    public void Stream_data_from_a_span_matches_the_message_class()
    {
        var message = new StreamData { Base = new StreamDataHeader(3, 123456), Data = Compressed };

        using var w = new SpiceWriter();
        StreamData.Write(w, new StreamDataHeader(3, 123456), Compressed);

        var bytes = w.ToArray();
        Assert.Equal(SpiceMessage.ToBytes(message), bytes);
        // spice.proto: stream_id u32, multi_media_time u32, data_size u32, data[data_size]
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal(123456u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal((uint)Compressed.Length, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(Compressed, bytes[12..]);
    }

    [Fact]
    public void Bitmap_header_then_pixels_matches_the_message_class()
    {
        var pixels = Enumerable.Range(0, 2 * 8).Select(i => (byte)i).ToArray();
        var message = new BitmapData { Format = BitmapFormat.ThirtyTwoBit, Flags = BitmapFlags.TopDown, X = 2, Y = 2, Stride = 8, Data = pixels };

        using var w = new SpiceWriter();
        BitmapData.WriteHeader(w, BitmapFormat.ThirtyTwoBit, BitmapFlags.TopDown, 2, 2, 8);
        w.WriteBytes(pixels);
        w.FlushPointers();

        var bytes = w.ToArray();
        using var expected = new SpiceWriter();
        message.Write(expected);
        expected.FlushPointers();
        Assert.Equal(expected.ToArray(), bytes);
        // format u8, flags u8, x, y, stride u32, palette pointer (null) u32, then the pixels
        Assert.Equal(18 + pixels.Length, bytes.Length);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(14)));
    }

    [Fact]
    public void Binary_data_size_is_what_the_encoder_wrote()
    {
        using var w = new SpiceWriter();
        w.WriteByte(0xAA);

        var sizeAt = BinaryData.BeginData(w);
        var span = w.GetSpan(100);
        Compressed.CopyTo(span);
        w.Advance(Compressed.Length);
        BinaryData.EndData(w, sizeAt);

        Assert.Equal([0xAA, (byte)Compressed.Length, 0, 0, 0, .. Compressed], w.ToArray());
    }

    [Fact]
    public void Inval_list_from_a_span_matches_the_message_class()
    {
        ResourceId[] resources = [new(ResourceType.Pixmap, 5), new(ResourceType.Pixmap, ulong.MaxValue)];

        using var w = new SpiceWriter();
        InvalList.Write(w, resources.AsSpan());

        var bytes = w.ToArray();
        Assert.Equal(SpiceMessage.ToBytes(new InvalList { Resources = resources }), bytes);
        // count u16, then { type u8, id u64 } per resource
        Assert.Equal(2 + (2 * 9), bytes.Length);
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes));
        Assert.Equal((byte)ResourceType.Pixmap, bytes[2]);
        Assert.Equal(5ul, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(3)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Begin_and_end_frame_like_write(bool mini)
    {
        var ping = new Ping { Id = 9, Timestamp = 77 };
        using var whole = new SpiceWriter();
        FrameWriter.Write(whole, ping, mini, serial: 5);

        using var parts = new SpiceWriter();
        var headerAt = FrameWriter.Begin(parts, mini);
        ping.Write(parts);
        var size = FrameWriter.End(parts, headerAt, ping.MessageType, mini, serial: 5);

        Assert.Equal(whole.ToArray(), parts.ToArray());
        Assert.Equal(12, size);
        Assert.Equal(new MessageHeader(mini ? 0 : 5ul, ping.MessageType, 12, 0), MessageHeader.Read(parts.WrittenSpan, mini));
    }

    [Fact]
    public void Framing_draws_and_frames_in_place_allocates_nothing()
    {
        var image = new EncodingImage(new ImageDescriptor(1, ImageType.LzRgb, 0, 64, 64), Compressed);
        ResourceId[] evicted = [new(ResourceType.Pixmap, 1)];
        using var w = new SpiceWriter(1 << 16);
        void Batch()
        {
            w.Reset(1 << 20);
            for (var i = 0; i < 50; i++)
            {
                var at = FrameWriter.Begin(w, mini: true);
                InvalList.Write(w, evicted.AsSpan());
                FrameWriter.End(w, at, (ushort)DisplayMessageType.InvalList, mini: true);
                at = FrameWriter.Begin(w, mini: true);
                DrawCopy.Write(w, 0, new Rect(0, 0, 64, 64), Clip.None, image, new Rect(0, 0, 64, 64), Ropd.OpPut, ImageScaleMode.Interpolate, QMask.None);
                FrameWriter.End(w, at, (ushort)DisplayMessageType.DrawCopy, mini: true);
                at = FrameWriter.Begin(w, mini: true);
                StreamData.Write(w, new StreamDataHeader(1, (uint)i), Compressed);
                FrameWriter.End(w, at, (ushort)DisplayMessageType.StreamData, mini: true);
            }
        }

        Batch();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Batch();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    /// <summary>An image that writes its descriptor and payload itself, as an encoder would, optionally giving up and rewriting.</summary>
    private sealed class EncodingImage(ImageDescriptor descriptor, byte[] data) : ISpiceWritable
    {
        public ImageDescriptor? RewriteAs { get; init; }

        public void Write(SpiceWriter w)
        {
            var start = w.Position;
            Encode(w, descriptor, data);
            if (RewriteAs is { } fallback)
            {
                w.Rewind(start);
                Encode(w, fallback, Compressed);
            }
        }

        private static void Encode(SpiceWriter w, ImageDescriptor descriptor, byte[] data)
        {
            descriptor.Write(w);
            var sizeAt = BinaryData.BeginData(w);
            data.CopyTo(w.GetSpan(data.Length));
            w.Advance(data.Length);
            BinaryData.EndData(w, sizeAt);
        }
    }
}
