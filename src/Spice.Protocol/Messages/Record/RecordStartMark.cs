using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_START_MARK.</summary>
public sealed record RecordStartMark : ISpiceMessage<RecordStartMark>
{
    public ushort MessageType => (ushort)RecordClientMessageType.StartMark;

    public uint Time { get; init; }

    public static RecordStartMark Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordStartMark>(body);

    public static RecordStartMark Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        return new RecordStartMark { Time = time };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
    }
}
