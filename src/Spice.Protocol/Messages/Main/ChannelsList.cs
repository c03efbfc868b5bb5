using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_CHANNELS_LIST.</summary>
public sealed record ChannelsList : ISpiceMessage<ChannelsList>
{
    public ushort MessageType => (ushort)MainMessageType.ChannelsList;

    public ChannelId[] Channels { get; init; } = [];

    public static ChannelsList Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<ChannelsList>(body);

    public static ChannelsList Read(ref SpiceReader r)
    {
        var numOfChannels = r.ReadUInt32();
        var channels = new ChannelId[r.CheckCount(numOfChannels, 2)];
        for (var i = 0; i < channels.Length; i++)
        {
            channels[i] = ChannelId.Read(ref r);
        }

        return new ChannelsList { Channels = channels };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(checked((uint)Channels.Length));
        foreach (var item in Channels)
        {
            item.Write(w);
        }
    }
}
