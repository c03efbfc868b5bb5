using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_CLIENT_DISCONNECTED (server to agent): no data.</summary>
public sealed record ClientDisconnected : IAgentMessage<ClientDisconnected>
{
    public AgentMessageType Type => AgentMessageType.ClientDisconnected;

    public static ClientDisconnected Read(ref SpiceReader r, AgentFraming framing) => new();

    public void Write(SpiceWriter w, AgentFraming framing)
    {
    }
}
