using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSGC_DISPLAY_INIT: cache sizes in pixels.</summary>
public sealed record DisplayInit : ISpiceMessage<DisplayInit>
{
    public ushort MessageType => (ushort)DisplayClientMessageType.Init;

    public byte PixmapCacheId { get; init; }

    public long PixmapCacheSize { get; init; }

    public byte GlzDictionaryId { get; init; }

    public int GlzDictionaryWindowSize { get; init; }

    public static DisplayInit Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DisplayInit>(body);

    public static DisplayInit Read(ref SpiceReader r)
    {
        var pixmapCacheId = r.ReadByte();
        var pixmapCacheSize = r.ReadInt64();
        var glzDictionaryId = r.ReadByte();
        var glzDictionaryWindowSize = r.ReadInt32();
        return new DisplayInit { PixmapCacheId = pixmapCacheId, PixmapCacheSize = pixmapCacheSize, GlzDictionaryId = glzDictionaryId, GlzDictionaryWindowSize = glzDictionaryWindowSize };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(PixmapCacheId);
        w.WriteInt64(PixmapCacheSize);
        w.WriteByte(GlzDictionaryId);
        w.WriteInt32(GlzDictionaryWindowSize);
    }
}
