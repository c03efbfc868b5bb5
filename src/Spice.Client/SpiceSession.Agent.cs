using Spice.Client.Agent;

namespace Spice.Client;

/// <summary>The guest agent of this session (monitors config, clipboard, file transfer).</summary>
public sealed partial class SpiceSession
{
    public AgentClient Agent => Main.Agent;
}
