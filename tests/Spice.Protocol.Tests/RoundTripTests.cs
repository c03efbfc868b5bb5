using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Main;
using Spice.Protocol.Samples;

namespace Spice.Protocol.Tests;

public class RoundTripTests
{
    public static TheoryData<int> SampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ProtocolSamples.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Write_read_write_gives_identical_bytes(int index)
    {
        var (channel, fromServer, message) = ProtocolSamples.All[index];
        var bytes = SpiceMessage.ToBytes(message);

        var found = fromServer
            ? MessageCatalog.TryReadServerMessage(channel, message.MessageType, bytes, out var parsed)
            : MessageCatalog.TryReadClientMessage(channel, message.MessageType, bytes, out parsed);

        Assert.True(found);
        Assert.NotNull(parsed);
        Assert.Equal(message.GetType(), parsed.GetType());
        Assert.Equal(bytes, SpiceMessage.ToBytes(parsed));
    }

    [Fact]
    public void Fixed_messages_compare_equal_after_round_trip()
    {
        var init = new MainInit { SessionId = 9, SupportedMouseModes = 3, CurrentMouseMode = 2, AgentTokens = 10, MultiMediaTime = 77, RamHint = 5 };
        Assert.Equal(init, MainInit.Read(SpiceMessage.ToBytes(init)));

        var surface = new SurfaceCreate { SurfaceId = 1, Width = 640, Height = 480, Format = SurfaceFormat.Rgb32_ARGB, Flags = SurfaceFlags.Primary };
        var surfaceBytes = SpiceMessage.ToBytes(surface);
        Assert.Equal(20, surfaceBytes.Length);
        Assert.Equal(surface, SurfaceCreate.Read(surfaceBytes));

        var ack = new SetAck { Generation = 2, Window = 40 };
        Assert.Equal(ack, SetAck.Read(SpiceMessage.ToBytes(ack)));
    }

    [Fact]
    public void Draw_copy_fields_survive_round_trip()
    {
        var original = (DrawCopy)ProtocolSamples.All.Single(s => s.Message is DrawCopy).Message;
        var read = DrawCopy.Read(SpiceMessage.ToBytes(original));

        Assert.Equal(original.Base.Box, read.Base.Box);
        Assert.Equal(original.Base.Clip.Rects, read.Base.Clip.Rects);
        var bitmap = Assert.IsType<BitmapData>(read.SrcBitmap!.Payload);
        Assert.Equal(ProtocolSamples.Palette.Ents, bitmap.Palette!.Ents);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 3, 2, 1, 0 }, bitmap.Data.ToArray());
        var mask = Assert.IsType<BinaryData>(read.Mask.Bitmap!.Payload);
        Assert.Equal(ImageType.Quic, read.Mask.Bitmap.Descriptor.Type);
        Assert.Equal(7, mask.Data.Length);
    }

    [Fact]
    public void Composite_optional_fields_follow_flags()
    {
        var withAll = (DrawComposite)ProtocolSamples.All.Single(s => s.Message is DrawComposite).Message;
        var without = withAll with { Flags = (CompositeFlags)3, MaskBitmap = null, SrcTransform = default };

        var big = SpiceMessage.ToBytes(withAll);
        var small = SpiceMessage.ToBytes(without);

        // The mask pointer (4) and a transform (24) drop out of the fixed part; the mask image (18 + 8 + 1) goes too.
        Assert.Equal(big.Length - 4 - 24 - 27, small.Length);
        var read = DrawComposite.Read(small);
        Assert.Null(read.MaskBitmap);
        Assert.Equal(3, read.Op);
        Assert.Equal(new Transform(1, 2, 3, 4, 5, 6), DrawComposite.Read(big).SrcTransform);
    }

    [Fact]
    public void Unknown_message_type_is_not_an_error()
    {
        Assert.False(MessageCatalog.TryReadServerMessage(ChannelType.Display, 999, new byte[] { 1, 2 }, out var message));
        Assert.Null(message);
    }

    [Fact]
    public void Common_messages_parse_on_every_channel()
    {
        var bytes = SpiceMessage.ToBytes(new Ping { Id = 1, Timestamp = 2 });
        Assert.True(MessageCatalog.TryReadServerMessage(ChannelType.Cursor, (ushort)CommonMessageType.Ping, bytes, out var ping));
        Assert.IsType<Ping>(ping);
        Assert.True(MessageCatalog.TryReadServerMessage(ChannelType.Main, (ushort)MainMessageType.AgentConnected, ReadOnlyMemory<byte>.Empty, out var empty));
        Assert.Equal((ushort)MainMessageType.AgentConnected, Assert.IsType<EmptyMessage>(empty).MessageType);
    }
}
