using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentReply (agent to client): uint32 type (the message replied to), uint32 error (1 success, 2 error).</summary>
public sealed record AgentReply(AgentMessageType RepliedType, uint Error) : IAgentMessage<AgentReply>
{
    public const uint Success = 1;
    public const uint Failure = 2;

    public AgentMessageType Type => AgentMessageType.Reply;

    public bool IsSuccess => Error == Success;

    public static AgentReply Read(ref SpiceReader r, AgentFraming framing) => new((AgentMessageType)r.ReadUInt32(), r.ReadUInt32());

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32((uint)RepliedType);
        w.WriteUInt32(Error);
    }
}
