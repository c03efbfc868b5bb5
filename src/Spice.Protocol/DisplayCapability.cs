namespace Spice.Protocol;

/// <summary>SPICE_DISPLAY_CAP_* bit numbers.</summary>
public enum DisplayCapability
{
    SizedStream = 0,
    MonitorsConfig,
    Composite,
    A8Surface,
    StreamReport,
    Lz4Compression,
    PrefCompression,
    GlScanout,
    MultiCodec,
    CodecMjpeg,
    CodecVp8,
    CodecH264,
    PrefVideoCodecType,
    CodecVp9,
    CodecH265,
}
