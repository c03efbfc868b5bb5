using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSGC_PONG: echoes a ping.</summary>
public sealed record Pong : ISpiceMessage<Pong>
{
    public ushort MessageType => (ushort)CommonClientMessageType.Pong;

    public uint Id { get; init; }

    public ulong Timestamp { get; init; }

    public static Pong Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<Pong>(body);

    public static Pong Read(ref SpiceReader r)
    {
        var id = r.ReadUInt32();
        var timestamp = r.ReadUInt64();
        return new Pong { Id = id, Timestamp = timestamp };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Id);
        w.WriteUInt64(Timestamp);
    }
}
