using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSGC_ACK_SYNC.</summary>
public sealed record AckSync : ISpiceMessage<AckSync>
{
    public ushort MessageType => (ushort)CommonClientMessageType.AckSync;

    public uint Generation { get; init; }

    public static AckSync Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<AckSync>(body);

    public static AckSync Read(ref SpiceReader r)
    {
        var generation = r.ReadUInt32();
        return new AckSync { Generation = generation };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Generation);
    }
}
