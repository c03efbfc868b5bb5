using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_DATA: one captured audio packet (raw S16 PCM or one Opus packet), to the end of the body.</summary>
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

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteBytes(Data.Span);
    }
}
