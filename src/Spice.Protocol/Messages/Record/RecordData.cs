using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_DATA.</summary>
public sealed record RecordData : ISpiceMessage<RecordData>
{
    public ushort MessageType => (ushort)RecordClientMessageType.Data;

    public uint Time { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static RecordData Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordData>(body);

    public static RecordData Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var data = r.ReadRemainingMemory();
        return new RecordData { Time = time, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteBytes(Data.Span);
    }
}
