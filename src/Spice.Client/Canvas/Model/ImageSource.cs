using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>
/// A SpiceImage: the descriptor plus the fields of its type. Unused fields stay default.
/// </summary>
internal sealed record ImageSource(ulong Id, ImageType Type, ImageFlags Flags, int Width, int Height)
{
    /// <summary>SPICE_BITMAP_FMT_* of a BITMAP image.</summary>
    public byte BitmapFormat { get; init; }

    /// <summary>Bitmap flags (BITMAP and LZ_PLT).</summary>
    public BitmapFlags BitmapFlags { get; init; }

    public int Stride { get; init; }

    /// <summary>Inline palette, or null when PAL_FROM_CACHE names <see cref="PaletteId"/>.</summary>
    public PaletteData? Palette { get; init; }

    public ulong PaletteId { get; init; }

    /// <summary>Pixel or compressed payload.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>ZLIB_GLZ_RGB: size of the GLZ data once inflated. JPEG_ALPHA: size of the JPEG part.</summary>
    public int InnerSize { get; init; }

    /// <summary>JPEG_ALPHA flags (TOP_DOWN).</summary>
    public JpegAlphaFlags JpegAlphaFlags { get; init; }

    /// <summary>SURFACE: the id of the surface to read.</summary>
    public uint SurfaceId { get; init; }
}
