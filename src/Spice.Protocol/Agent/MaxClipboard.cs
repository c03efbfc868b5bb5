using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentMaxClipboard (client to agent): int32 max bytes of clipboard data, -1 for no limit.</summary>
public sealed record MaxClipboard(int Max) : IAgentMessage<MaxClipboard>
{
    public AgentMessageType Type => AgentMessageType.MaxClipboard;

    public static MaxClipboard Read(ref SpiceReader r, AgentFraming framing) => new(r.ReadInt32());

    public void Write(SpiceWriter w, AgentFraming framing) => w.WriteInt32(Max);
}
