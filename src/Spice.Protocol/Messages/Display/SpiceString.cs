using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// SpiceString (named so it does not clash with System.String): length, flags, then the glyphs
/// inline. Exactly one of RasterA1/A4/A8 picks the glyph depth; with none there are no glyphs.
/// </summary>
public sealed record SpiceString : ISpiceWritable
{
    /// <summary>Fixed part of a glyph, bounding length before allocating.</summary>
    private const int GlyphHeaderSize = 20;

    public StringFlags Flags { get; init; }

    public RasterGlyph[] Glyphs { get; init; } = [];

    /// <summary>Bits per pixel the flags select, or 0 when no raster flag is set.</summary>
    public static int BitsPerPixel(StringFlags flags) =>
        (flags & StringFlags.RasterA1) != 0 ? 1
        : (flags & StringFlags.RasterA4) != 0 ? 4
        : (flags & StringFlags.RasterA8) != 0 ? 8
        : 0;

    public static SpiceString Read(ref SpiceReader r)
    {
        var length = r.ReadUInt16();
        var flags = (StringFlags)r.ReadByte();
        var bpp = BitsPerPixel(flags);
        if (bpp == 0)
        {
            return new SpiceString { Flags = flags };
        }

        var glyphs = new RasterGlyph[r.CheckCount(length, GlyphHeaderSize)];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = RasterGlyph.Read(ref r, bpp);
        }

        return new SpiceString { Flags = flags, Glyphs = glyphs };
    }

    /// <summary>Follows a @nonnull String pointer.</summary>
    public static SpiceString ReadRequired(ref SpiceReader r)
    {
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            throw new SpiceProtocolException("string pointer is null");
        }

        var at = r.At(offset);
        return Read(ref at);
    }

    public void Write(SpiceWriter w)
    {
        var bpp = BitsPerPixel(Flags);
        w.WriteUInt16(checked((ushort)Glyphs.Length));
        w.WriteByte((byte)Flags);
        if (bpp == 0 && Glyphs.Length > 0)
        {
            throw new InvalidOperationException("glyphs need one of the RasterA1/A4/A8 flags");
        }

        foreach (var glyph in Glyphs)
        {
            glyph.Write(w, bpp);
        }
    }
}
