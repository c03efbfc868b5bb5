using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

/// <summary>
/// Header of a GLZ image: the LZ header fields plus the image's id in the shared dictionary and how many
/// images back the oldest one it (or any later image) may still reference lies.
/// </summary>
public readonly record struct GlzHeader(LzImageType Type, int Width, int Height, int Stride, bool TopDown,
    ulong Id, uint WindowHeadDistance)
{
    /// <summary>Pixels per decoded row, counting the padding pixels of palette rows.</summary>
    public int GrossWidth => LzFormat.IsPalette(Type) ? Stride * LzFormat.PixelsPerByte(Type) : Width;

    /// <summary>Top-down with no padding pixels: the window's copy is the final image (see <see cref="GlzDecoder.DecodeShared"/>).</summary>
    public bool IsShareable => TopDown && GrossWidth == Width;
}
