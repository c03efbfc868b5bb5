using Spice.Protocol.Messages.Playback;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_MODE (same layout as playback mode).</summary>
public sealed record RecordMode : AudioModePacket<RecordMode>
{
    public override ushort MessageType => (ushort)RecordClientMessageType.Mode;
}
