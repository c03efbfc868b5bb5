namespace Spice.Codecs.Opus;

/// <summary>Why <see cref="AudioPacketDecoder"/> refused a packet; the packet is dropped, the stream goes on.</summary>
public enum AudioPacketError
{
    None,

    /// <summary>Raw data empty or not a whole number of sample frames.</summary>
    Misaligned,

    /// <summary>More than one second of raw audio, or longer than the largest Opus packet.</summary>
    Oversized,

    /// <summary>Opus data the decoder could not read.</summary>
    Corrupt,

    /// <summary>Data while no decodable mode is set.</summary>
    WrongMode,
}
