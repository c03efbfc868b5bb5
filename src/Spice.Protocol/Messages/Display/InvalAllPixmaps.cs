using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Common;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_INVAL_ALL_PIXMAPS: clear the image cache after the listed channels catch up.</summary>
public sealed record InvalAllPixmaps : ISpiceMessage<InvalAllPixmaps>
{
    public ushort MessageType => (ushort)DisplayMessageType.InvalAllPixmaps;

    public ChannelWait[] WaitList { get; init; } = [];

    public static InvalAllPixmaps Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<InvalAllPixmaps>(body);

    public static InvalAllPixmaps Read(ref SpiceReader r)
    {
        var waitCount = r.ReadByte();
        var waitList = new ChannelWait[r.CheckCount(waitCount, 10)];
        for (var i = 0; i < waitList.Length; i++)
        {
            waitList[i] = ChannelWait.Read(ref r);
        }

        return new InvalAllPixmaps { WaitList = waitList };
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
