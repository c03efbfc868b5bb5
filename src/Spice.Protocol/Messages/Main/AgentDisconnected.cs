using Spice.Protocol.Framing;
using Spice.Protocol;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_AGENT_DISCONNECTED.</summary>
public sealed record AgentDisconnected : ISpiceMessage<AgentDisconnected>
{
    public ushort MessageType => (ushort)MainMessageType.AgentDisconnected;

    public LinkError ErrorCode { get; init; }

    public static AgentDisconnected Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<AgentDisconnected>(body);

    public static AgentDisconnected Read(ref SpiceReader r)
    {
        var errorCode = (LinkError)r.ReadUInt32();
        return new AgentDisconnected { ErrorCode = errorCode };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32((uint)ErrorCode);
    }
}
