namespace Spice.Client.Canvas.Model;

/// <summary>SpiceRasterGlyph: pixel rows at (RenderX + OriginX, RenderY + OriginY), each row padded to a byte.</summary>
internal sealed record RasterGlyph(int RenderX, int RenderY, int OriginX, int OriginY, int Width, int Height, ReadOnlyMemory<byte> Data);
