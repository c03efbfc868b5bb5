using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceImageDescriptor: cache id, image type, flags and size (18 bytes).</summary>
public readonly record struct ImageDescriptor(ulong Id, ImageType Type, ImageFlags Flags, uint Width, uint Height)
{
    public static ImageDescriptor Read(ref SpiceReader r)
    {
        var id = r.ReadUInt64();
        var type = (ImageType)r.ReadByte();
        var flags = (ImageFlags)r.ReadByte();
        var width = r.ReadUInt32();
        return new ImageDescriptor(id, type, flags, width, r.ReadUInt32());
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(Id);
        w.WriteByte((byte)Type);
        w.WriteByte((byte)Flags);
        w.WriteUInt32(Width);
        w.WriteUInt32(Height);
    }
}
