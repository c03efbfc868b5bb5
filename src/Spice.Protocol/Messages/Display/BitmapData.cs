using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// SpiceBitmap: an uncompressed bitmap. The palette is a pointer (or a cache id when
/// BitmapFlags.PalFromCache is set); the pixels (stride * y bytes) follow inline.
/// </summary>
public sealed record BitmapData : ImagePayload
{
    public BitmapFormat Format { get; init; }

    public BitmapFlags Flags { get; init; }

    /// <summary>Width in pixels.</summary>
    public uint X { get; init; }

    /// <summary>Height in rows.</summary>
    public uint Y { get; init; }

    public uint Stride { get; init; }

    public ulong PaletteId { get; init; }

    public Palette? Palette { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public bool PaletteFromCache => (Flags & BitmapFlags.PalFromCache) != 0;

    public static BitmapData Read(ref SpiceReader r)
    {
        var format = (BitmapFormat)r.ReadByte();
        var flags = (BitmapFlags)r.ReadByte();
        var x = r.ReadUInt32();
        var y = r.ReadUInt32();
        var stride = r.ReadUInt32();
        ulong paletteId = 0;
        Palette? palette = null;
        if ((flags & BitmapFlags.PalFromCache) != 0)
        {
            paletteId = r.ReadUInt64();
        }
        else
        {
            palette = Palette.ReadPointer(ref r, required: false);
        }

        var data = r.ReadMemory((ulong)stride * y);
        return new BitmapData { Format = format, Flags = flags, X = x, Y = y, Stride = stride, PaletteId = paletteId, Palette = palette, Data = data };
    }

    public override void Write(SpiceWriter w)
    {
        if ((ulong)Data.Length != (ulong)Stride * Y)
        {
            throw new InvalidOperationException($"bitmap data is {Data.Length} bytes, stride * y is {(ulong)Stride * Y}");
        }

        w.WriteByte((byte)Format);
        w.WriteByte((byte)Flags);
        w.WriteUInt32(X);
        w.WriteUInt32(Y);
        w.WriteUInt32(Stride);
        if (PaletteFromCache)
        {
            w.WriteUInt64(PaletteId);
        }
        else
        {
            w.WritePointer(Palette);
        }

        w.WriteBytes(Data.Span);
    }
}
