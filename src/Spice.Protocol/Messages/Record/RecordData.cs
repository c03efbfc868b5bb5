using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Playback;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_DATA: one captured audio packet (same layout as playback data).</summary>
public sealed record RecordData : AudioPacket<RecordData>
{
    public override ushort MessageType => (ushort)RecordClientMessageType.Data;

    /// <summary>
    /// The same fields without a message object, for a receiver that handles every packet as it
    /// arrives: the audio is a slice of <paramref name="body"/>, valid as long as the body is.
    /// </summary>
    public static ReadOnlySpan<byte> Read(ReadOnlySpan<byte> body, out uint time)
    {
        var r = new SpiceReader(body);
        time = r.ReadUInt32();
        return r.ReadBytes(r.Remaining);
    }
}
