namespace Spice.Codecs.Opus;

/// <summary>What an audio stream's data packets carry, as its MODE message set it.</summary>
public enum AudioEncoding
{
    /// <summary>No mode we decode was set: data packets are out of place.</summary>
    None,

    /// <summary>Interleaved S16LE samples.</summary>
    Raw,

    /// <summary>One Opus packet of 48 kHz stereo.</summary>
    Opus,
}
