namespace Spice.Protocol;

/// <summary>SPICE_PLAYBACK_CAP_* bit numbers.</summary>
public enum PlaybackCapability
{
    Celt051 = 0,
    Volume,
    Latency,
    Opus,
}
