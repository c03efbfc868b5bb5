using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_WAIT_FOR_CHANNELS.</summary>
public sealed record WaitForChannels : ISpiceMessage<WaitForChannels>
{
    public ushort MessageType => (ushort)CommonMessageType.WaitForChannels;

    public ChannelWait[] WaitList { get; init; } = [];

    public static WaitForChannels Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<WaitForChannels>(body);

    public static WaitForChannels Read(ref SpiceReader r)
    {
        var waitCount = r.ReadByte();
        var waitList = new ChannelWait[r.CheckCount(waitCount, 10)];
        for (var i = 0; i < waitList.Length; i++)
        {
            waitList[i] = ChannelWait.Read(ref r);
        }

        return new WaitForChannels { WaitList = waitList };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(checked((byte)WaitList.Length));
        foreach (var item in WaitList)
        {
            item.Write(w);
        }
    }
}
