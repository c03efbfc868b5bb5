namespace Spice.Client.Canvas.Model;

/// <summary>SpiceString: RASTER_A1 1, A4 2, A8 4, TOP_DOWN 8.</summary>
internal sealed record GlyphString(byte Flags, RasterGlyph[] Glyphs)
{
    public const byte RasterA1 = 1 << 0;
    public const byte RasterA4 = 1 << 1;
    public const byte RasterA8 = 1 << 2;
    public const byte RasterTopDown = 1 << 3;
}
