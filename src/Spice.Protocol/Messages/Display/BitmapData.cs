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

        WriteHeader(w, Format, Flags, X, Y, Stride, PaletteId, Palette);
        w.WriteBytes(Data.Span);
    }

    /// <summary>
    /// Everything before the pixels, for a sender that then writes the <paramref name="stride"/> *
    /// <paramref name="y"/> bytes of pixels itself (row by row from a larger framebuffer).
    /// </summary>
    public static void WriteHeader(SpiceWriter w, BitmapFormat format, BitmapFlags flags, uint x, uint y, uint stride, ulong paletteId = 0, Palette? palette = null)
    {
        w.WriteByte((byte)format);
        w.WriteByte((byte)flags);
        w.WriteUInt32(x);
        w.WriteUInt32(y);
        w.WriteUInt32(stride);
        if ((flags & BitmapFlags.PalFromCache) != 0)
        {
            w.WriteUInt64(paletteId);
        }
        else
        {
            w.WritePointer(palette);
        }
    }
}
