using Spice.Protocol.Framing;
using Spice.Protocol;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSGC_DISCONNECTING.</summary>
public sealed record ClientDisconnecting : ISpiceMessage<ClientDisconnecting>
{
    public ushort MessageType => (ushort)CommonClientMessageType.Disconnecting;

    public ulong TimeStamp { get; init; }

    public LinkError Reason { get; init; }

    public static ClientDisconnecting Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<ClientDisconnecting>(body);

    public static ClientDisconnecting Read(ref SpiceReader r)
    {
        var timeStamp = r.ReadUInt64();
        var reason = (LinkError)r.ReadUInt32();
        return new ClientDisconnecting { TimeStamp = timeStamp, Reason = reason };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(TimeStamp);
        w.WriteUInt32((uint)Reason);
    }
}
