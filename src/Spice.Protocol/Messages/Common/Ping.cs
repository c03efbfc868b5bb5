using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_PING: the data pads the message to measure bandwidth.</summary>
public sealed record Ping : ISpiceMessage<Ping>
{
    public ushort MessageType => (ushort)CommonMessageType.Ping;

    public uint Id { get; init; }

    public ulong Timestamp { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static Ping Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<Ping>(body);

    public static Ping Read(ref SpiceReader r)
    {
        var id = r.ReadUInt32();
        var timestamp = r.ReadUInt64();
        var data = r.ReadRemainingMemory();
        return new Ping { Id = id, Timestamp = timestamp, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Id);
        w.WriteUInt64(Timestamp);
        w.WriteBytes(Data.Span);
    }
}
