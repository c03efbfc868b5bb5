namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_PLAYBACK_*.</summary>
public enum PlaybackMessageType : ushort
{
    Data = 101,
    Mode,
    Start,
    Stop,
    Volume,
    Mute,
    Latency,
}
