namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_DATA.</summary>
public sealed record PlaybackData : AudioPacket<PlaybackData>
{
    public override ushort MessageType => (ushort)PlaybackMessageType.Data;
}
