namespace Spice.Codecs.Lz;

/// <summary>
/// Header of an LZ image. <see cref="Stride"/> is in bytes of the encoded type (for palette types it may
/// exceed the minimum by one byte when the width is not a whole number of bytes).
/// </summary>
public readonly record struct LzHeader(LzImageType Type, int Width, int Height, int Stride, bool TopDown)
{
    /// <summary>Pixels per encoded row: the width rounded up to whole bytes for palette types.</summary>
    public int GrossWidth => LzFormat.IsPalette(Type) ? Stride * LzFormat.PixelsPerByte(Type) : Width;
}
