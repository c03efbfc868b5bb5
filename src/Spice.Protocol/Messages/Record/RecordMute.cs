using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSG_RECORD_MUTE.</summary>
public sealed record RecordMute : ISpiceMessage<RecordMute>
{
    public ushort MessageType => (ushort)RecordMessageType.Mute;

    public byte Mute { get; init; }

    public static RecordMute Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordMute>(body);

    public static RecordMute Read(ref SpiceReader r)
    {
        var mute = r.ReadByte();
        return new RecordMute { Mute = mute };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(Mute);
    }
}
