using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>SpiceLinkMess: the client's request to open a channel, with its capabilities.</summary>
public sealed record LinkMess
{
    /// <summary>connection_id u32, channel_type u8, channel_id u8, three u32 caps fields.</summary>
    public const int FixedSize = 18;

    public uint ConnectionId { get; init; }

    public ChannelType ChannelType { get; init; }

    public byte ChannelId { get; init; }

    public Capabilities CommonCaps { get; init; } = new();

    public Capabilities ChannelCaps { get; init; } = new();

    public int WireSize => LinkCaps.WireSize(CommonCaps, ChannelCaps, FixedSize);

    /// <summary>Parses the link message (the bytes after the link header, header.Size long).</summary>
    public static LinkMess Read(ReadOnlySpan<byte> message)
    {
        if (message.Length < FixedSize)
        {
            throw new SpiceProtocolException($"link message needs {FixedSize} bytes, got {message.Length}", LinkError.InvalidData);
        }

        var r = new SpiceReader(message);
        var connectionId = r.ReadUInt32();
        var channelType = (ChannelType)r.ReadByte();
        var channelId = r.ReadByte();
        var (common, channel) = LinkCaps.Read(message, r.ReadUInt32(), r.ReadUInt32(), r.ReadUInt32(), FixedSize);
        return new LinkMess { ConnectionId = connectionId, ChannelType = channelType, ChannelId = channelId, CommonCaps = common, ChannelCaps = channel };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(ConnectionId);
        w.WriteByte((byte)ChannelType);
        w.WriteByte(ChannelId);
        LinkCaps.Write(w, CommonCaps, ChannelCaps, FixedSize);
    }

    /// <summary>Writes the link header followed by this message, as the client sends them.</summary>
    public void WriteWithHeader(SpiceWriter w)
    {
        LinkHeader.ForSize(WireSize).Write(w);
        Write(w);
    }
}
