using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceResourceID: one entry of inval_list.</summary>
public readonly record struct ResourceId(ResourceType Type, ulong Id)
{
    public static ResourceId Read(ref SpiceReader r)
    {
        var type = (ResourceType)r.ReadByte();
        var id = r.ReadUInt64();
        return new ResourceId(type, id);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Type);
        w.WriteUInt64(Id);
    }
}
