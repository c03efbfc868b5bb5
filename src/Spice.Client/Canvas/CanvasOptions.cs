namespace Spice.Client.Canvas;

/// <summary>Sizes the display channel announces to the server in its init message.</summary>
public sealed record CanvasOptions
{
    /// <summary>Most images the pixmap cache holds; the server decides what to evict, this only bounds memory.</summary>
    public int ImageCacheCapacity { get; init; } = 4096;

    /// <summary>Most bytes of decoded pixels the pixmap cache holds.</summary>
    public long ImageCacheBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>GLZ dictionary window size in pixels, as sent in SPICE_MSGC_DISPLAY_INIT.</summary>
    public int GlzWindowPixels { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most palettes kept by the palette cache.</summary>
    public int PaletteCacheCapacity { get; init; } = 1024;
}
