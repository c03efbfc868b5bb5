namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_IMAGE_COMPRESSION_*.</summary>
public enum ImageCompression : byte
{
    Invalid,
    Off,
    AutoGlz,
    AutoLz,
    Quic,
    Glz,
    Lz,
    Lz4,
}
