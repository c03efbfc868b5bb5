using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentDisplayConfig (client to agent): uint32 flags, uint32 depth.</summary>
public sealed record DisplayConfig(DisplayConfigFlags Flags, uint Depth) : IAgentMessage<DisplayConfig>
{
    public AgentMessageType Type => AgentMessageType.DisplayConfig;

    public static DisplayConfig Read(ref SpiceReader r, AgentFraming framing) => new((DisplayConfigFlags)r.ReadUInt32(), r.ReadUInt32());

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32((uint)Flags);
        w.WriteUInt32(Depth);
    }
}
