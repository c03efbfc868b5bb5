using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>The data of one agent message (what follows <see cref="AgentMessageHeader"/>).</summary>
public interface IAgentMessage
{
    AgentMessageType Type { get; }

    void Write(SpiceWriter w, AgentFraming framing);
}

/// <summary>An agent message that can parse itself.</summary>
public interface IAgentMessage<TSelf> : IAgentMessage where TSelf : IAgentMessage<TSelf>
{
    static abstract TSelf Read(ref SpiceReader r, AgentFraming framing);
}
