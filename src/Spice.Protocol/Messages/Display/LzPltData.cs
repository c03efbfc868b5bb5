using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>LZ_PLT payload: flags, data_size, palette pointer (non-null) or palette cache id, then the LZ data.</summary>
public sealed record LzPltData : ImagePayload
{
    public BitmapFlags Flags { get; init; }

    public ulong PaletteId { get; init; }

    public Palette? Palette { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static LzPltData Read(ref SpiceReader r)
    {
        var flags = (BitmapFlags)r.ReadByte();
        var dataSize = r.ReadUInt32();
        ulong paletteId = 0;
        Palette? palette = null;
        if ((flags & BitmapFlags.PalFromCache) != 0)
        {
            paletteId = r.ReadUInt64();
        }
        else
        {
            palette = Palette.ReadPointer(ref r, required: true);
        }

        return new LzPltData { Flags = flags, PaletteId = paletteId, Palette = palette, Data = r.ReadMemory(dataSize) };
    }

    public override void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Flags);
        w.WriteUInt32(checked((uint)Data.Length));
        if ((Flags & BitmapFlags.PalFromCache) != 0)
        {
            w.WriteUInt64(PaletteId);
        }
        else
        {
            w.WritePointer(Palette ?? throw new InvalidOperationException("LZ_PLT needs a palette unless it comes from the cache"));
        }

        w.WriteBytes(Data.Span);
    }
}
