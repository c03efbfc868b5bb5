using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SpiceWaitForChannel: wait until a message serial of another channel was processed.</summary>
public readonly record struct ChannelWait(byte ChannelType, byte ChannelId, ulong MessageSerial)
{
    public static ChannelWait Read(ref SpiceReader r)
    {
        var channelType = r.ReadByte();
        var channelId = r.ReadByte();
        var messageSerial = r.ReadUInt64();
        return new ChannelWait(channelType, channelId, messageSerial);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(ChannelType);
        w.WriteByte(ChannelId);
        w.WriteUInt64(MessageSerial);
    }
}
