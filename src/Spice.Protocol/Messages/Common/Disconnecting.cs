using Spice.Protocol.Framing;
using Spice.Protocol;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_DISCONNECTING.</summary>
public sealed record Disconnecting : ISpiceMessage<Disconnecting>
{
    public ushort MessageType => (ushort)CommonMessageType.Disconnecting;

    public ulong TimeStamp { get; init; }

    public LinkError Reason { get; init; }

    public static Disconnecting Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<Disconnecting>(body);

    public static Disconnecting Read(ref SpiceReader r)
    {
        var timeStamp = r.ReadUInt64();
        var reason = (LinkError)r.ReadUInt32();
        return new Disconnecting { TimeStamp = timeStamp, Reason = reason };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(TimeStamp);
        w.WriteUInt32((uint)Reason);
    }
}
