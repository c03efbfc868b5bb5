namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_AUDIO_DATA_MODE_*.</summary>
public enum AudioDataMode : ushort
{
    Invalid,
    Raw,
    Celt051,
    Opus,
}
