namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_AUDIO_FMT_*.</summary>
public enum AudioFormat : ushort
{
    Invalid,
    S16,
}
