using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_SET_ACK: acknowledge every Window messages.</summary>
public sealed record SetAck : ISpiceMessage<SetAck>
{
    public ushort MessageType => (ushort)CommonMessageType.SetAck;

    public uint Generation { get; init; }

    public uint Window { get; init; }

    public static SetAck Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<SetAck>(body);

    public static SetAck Read(ref SpiceReader r)
    {
        var generation = r.ReadUInt32();
        var window = r.ReadUInt32();
        return new SetAck { Generation = generation, Window = window };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Generation);
        w.WriteUInt32(Window);
    }
}
