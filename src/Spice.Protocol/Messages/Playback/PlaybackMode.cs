namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_MODE.</summary>
public sealed record PlaybackMode : AudioModePacket<PlaybackMode>
{
    public override ushort MessageType => (ushort)PlaybackMessageType.Mode;
}
