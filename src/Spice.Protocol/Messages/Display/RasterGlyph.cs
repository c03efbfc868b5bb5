using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceRasterGlyph: one glyph bitmap, ((bpp * width + 7) / 8) * height bytes.</summary>
public sealed record RasterGlyph
{
    public Point RenderPos { get; init; }

    public Point GlyphOrigin { get; init; }

    public ushort Width { get; init; }

    public ushort Height { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static ulong DataSize(int bpp, ushort width, ushort height) => (((ulong)bpp * width + 7) / 8) * height;

    public static RasterGlyph Read(ref SpiceReader r, int bpp)
    {
        var renderPos = Point.Read(ref r);
        var glyphOrigin = Point.Read(ref r);
        var width = r.ReadUInt16();
        var height = r.ReadUInt16();
        var data = r.ReadMemory(DataSize(bpp, width, height));
        return new RasterGlyph { RenderPos = renderPos, GlyphOrigin = glyphOrigin, Width = width, Height = height, Data = data };
    }

    public void Write(SpiceWriter w, int bpp)
    {
        if ((ulong)Data.Length != DataSize(bpp, Width, Height))
        {
            throw new InvalidOperationException($"glyph data is {Data.Length} bytes, expected {DataSize(bpp, Width, Height)}");
        }

        RenderPos.Write(w);
        GlyphOrigin.Write(w);
        w.WriteUInt16(Width);
        w.WriteUInt16(Height);
        w.WriteBytes(Data.Span);
    }
}
