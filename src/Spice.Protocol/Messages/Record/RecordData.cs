using Spice.Protocol.Messages.Playback;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_DATA (same layout as playback data).</summary>
public sealed record RecordData : AudioPacket<RecordData>
{
    public override ushort MessageType => (ushort)RecordClientMessageType.Data;
}
