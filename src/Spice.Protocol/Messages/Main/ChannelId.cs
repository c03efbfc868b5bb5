using Spice.Protocol.Framing;
using Spice.Protocol;

namespace Spice.Protocol.Messages.Main;

/// <summary>One channel of channels_list.</summary>
public readonly record struct ChannelId(ChannelType Type, byte Id)
{
    public static ChannelId Read(ref SpiceReader r)
    {
        var type = (ChannelType)r.ReadByte();
        var id = r.ReadByte();
        return new ChannelId(type, id);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Type);
        w.WriteByte(Id);
    }
}
