using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SpiceCursorHeader.</summary>
public readonly record struct CursorHeader(ulong Unique, CursorType Type, ushort Width, ushort Height, ushort HotSpotX, ushort HotSpotY)
{
    public static CursorHeader Read(ref SpiceReader r)
    {
        var unique = r.ReadUInt64();
        var type = (CursorType)r.ReadByte();
        var width = r.ReadUInt16();
        var height = r.ReadUInt16();
        var hotSpotX = r.ReadUInt16();
        var hotSpotY = r.ReadUInt16();
        return new CursorHeader(unique, type, width, height, hotSpotX, hotSpotY);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(Unique);
        w.WriteByte((byte)Type);
        w.WriteUInt16(Width);
        w.WriteUInt16(Height);
        w.WriteUInt16(HotSpotX);
        w.WriteUInt16(HotSpotY);
    }
}
