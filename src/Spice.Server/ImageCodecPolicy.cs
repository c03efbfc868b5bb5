namespace Spice.Server;

/// <summary>How the display channel compresses the images it sends.</summary>
public enum ImageCodecPolicy
{
    /// <summary>Per area: LZ4 or GLZ/LZ for drawn content, QUIC for photographic content, JPEG on a slow link.</summary>
    Auto,

    /// <summary>Uncompressed 32-bit bitmaps, which every client accepts.</summary>
    Off,

    Lz,
    Glz,
    Lz4,
    Quic,
    Jpeg,
}
