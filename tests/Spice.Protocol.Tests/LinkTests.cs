using System.Buffers.Binary;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;

namespace Spice.Protocol.Tests;

public class LinkTests
{
    [Fact]
    public void Ticket_round_trips_through_server_key()
    {
        using var key = SpiceTicket.GenerateKey();
        var spki = SpiceTicket.ExportPublicKey(key);
        Assert.Equal(LinkReply.PublicKeySize, spki.Length);

        var ticket = SpiceTicket.Encrypt(spki, "s3cret-pässword");

        Assert.Equal(SpiceTicket.EncryptedSize, ticket.Length);
        Assert.Equal("s3cret-pässword", SpiceTicket.Decrypt(key, ticket));
        Assert.True(SpiceTicket.Verify(key, ticket, "s3cret-pässword"));
        Assert.False(SpiceTicket.Verify(key, ticket, "s3cret"));
    }

    [Fact]
    public void Ticket_from_another_key_is_rejected()
    {
        using var key = SpiceTicket.GenerateKey();
        using var other = SpiceTicket.GenerateKey();
        var ticket = SpiceTicket.Encrypt(SpiceTicket.ExportPublicKey(other), "pw");

        Assert.Throws<SpiceProtocolException>(() => SpiceTicket.Decrypt(key, ticket));
        Assert.False(SpiceTicket.Verify(key, ticket, "pw"));
    }

    [Fact]
    public void Link_mess_round_trips_with_header_and_caps()
    {
        var mess = new LinkMess
        {
            ConnectionId = 0x12345678,
            ChannelType = ChannelType.Display,
            ChannelId = 1,
            CommonCaps = new Capabilities().Set(CommonCapability.AuthSpice).Set(CommonCapability.MiniHeader),
            ChannelCaps = new Capabilities().Set(DisplayCapability.CodecH265).Set(40),
        };
        using var w = new SpiceWriter();
        mess.WriteWithHeader(w);
        var bytes = w.ToArray();

        var header = LinkHeader.Read(bytes);
        Assert.Equal((uint)(bytes.Length - LinkHeader.WireSize), header.Size);
        Assert.Equal("REDQ"u8.ToArray(), bytes[..4]);
        var read = LinkMess.Read(bytes.AsSpan(LinkHeader.WireSize));
        Assert.Equal(mess.ConnectionId, read.ConnectionId);
        Assert.Equal(ChannelType.Display, read.ChannelType);
        Assert.True(read.CommonCaps.Has(CommonCapability.MiniHeader));
        Assert.False(read.CommonCaps.Has(CommonCapability.AuthSasl));
        Assert.True(read.ChannelCaps.Has(40));
        Assert.Equal(mess.ChannelCaps.ToWords(), read.ChannelCaps.ToWords());
    }

    [Fact]
    public void Link_reply_round_trips()
    {
        using var key = SpiceTicket.GenerateKey();
        var reply = new LinkReply { PubKey = SpiceTicket.ExportPublicKey(key), CommonCaps = new Capabilities().Set(CommonCapability.AuthSelection) };
        using var w = new SpiceWriter();
        reply.WriteWithHeader(w);

        var read = LinkReply.Read(w.WrittenSpan[LinkHeader.WireSize..]);

        Assert.Equal(LinkError.Ok, read.Error);
        Assert.Equal(reply.PubKey.ToArray(), read.PubKey.ToArray());
        Assert.True(read.CommonCaps.Has(CommonCapability.AuthSelection));
    }

    [Fact]
    public void Bad_link_header_reports_the_link_error()
    {
        var bytes = new byte[16];
        "REDX"u8.CopyTo(bytes);
        Assert.Equal(LinkError.InvalidMagic, Assert.Throws<SpiceProtocolException>(() => LinkHeader.Read(bytes)).LinkError);

        using var w = new SpiceWriter();
        new LinkHeader(LinkHeader.SpiceMagic, 1, 0, 18).Write(w);
        Assert.Equal(LinkError.VersionMismatch, Assert.Throws<SpiceProtocolException>(() => LinkHeader.Read(w.WrittenSpan)).LinkError);
    }

    [Fact]
    public void Caps_past_the_message_end_are_invalid_data()
    {
        using var w = new SpiceWriter();
        new LinkMess { CommonCaps = new Capabilities().Set(1) }.Write(w);
        var truncated = w.WrittenSpan[..^2].ToArray();

        var e = Assert.Throws<SpiceProtocolException>(() => LinkMess.Read(truncated));
        Assert.Equal(LinkError.InvalidData, e.LinkError);
    }

    [Fact]
    public void Unchecked_header_read_lets_the_caller_look_before_validating()
    {
        using var w = new SpiceWriter();
        new LinkHeader(LinkHeader.SpiceMagic, 0, 0, 18).Write(w);
        new LinkHeader(LinkHeader.SpiceMagic, LinkHeader.VersionMajor, 2, ProtocolLimits.MaxLinkMessageSize + 1).Write(w);

        var old = LinkHeader.ReadUnchecked(w.WrittenSpan);
        var huge = LinkHeader.ReadUnchecked(w.WrittenSpan[LinkHeader.WireSize..]);

        Assert.Equal(0u, old.MajorVersion);
        Assert.Equal(LinkError.VersionMismatch, Assert.Throws<SpiceProtocolException>(old.Validate).LinkError);
        Assert.Equal(LinkError.InvalidData, Assert.Throws<SpiceProtocolException>(huge.Validate).LinkError);
        Assert.Equal(LinkError.InvalidData, Assert.Throws<SpiceProtocolException>(() => LinkHeader.ReadUnchecked(new byte[15])).LinkError);
        LinkHeader.ForSize(18).Validate();
    }

    [Fact]
    public void Refusal_reply_is_the_error_then_zeros_like_spice_server()
    {
        using var w = new SpiceWriter();
        LinkReply.Failure(LinkError.NeedSecured).WriteWithHeader(w);
        var bytes = w.ToArray();

        // SpiceLinkHeader then SpiceLinkReply { error u32; pub_key[162]; num_common_caps, num_channel_caps, caps_offset u32 }
        Assert.Equal(LinkHeader.WireSize + LinkReply.FixedSize, bytes.Length);
        Assert.Equal((uint)LinkReply.FixedSize, LinkHeader.Read(bytes).Size);
        Assert.Equal((uint)LinkError.NeedSecured, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(LinkHeader.WireSize)));
        Assert.All(bytes[(LinkHeader.WireSize + 4)..], b => Assert.Equal(0, b));
        Assert.Equal(LinkError.NeedSecured, LinkReply.Read(bytes.AsSpan(LinkHeader.WireSize)).Error);
    }
}
