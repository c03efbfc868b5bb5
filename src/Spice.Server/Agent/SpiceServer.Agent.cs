using Spice.Server.Agent;
using Spice.Server.Channels;

namespace Spice.Server;

/// <summary>
/// The guest agent can come and go while clients stay, as a guest's spice-vdagent does: attaching
/// one tells every connected client AGENT_CONNECTED (with a fresh token window when the client
/// takes AGENT_CONNECTED_TOKENS), detaching tells them AGENT_DISCONNECTED and ends each client's
/// agent tunnel (the old agent hears <see cref="ISpiceAgent.ClientDetached"/>). Clients that connect
/// later see the current agent in their main channel INIT. Starts as <see cref="SpiceServerOptions.Agent"/>.
/// </summary>
public sealed partial class SpiceServer
{
    private readonly Lock _agentGate = new();
    private ISpiceAgent? _agent;
    private bool _agentChanged;

    /// <summary>The agent clients talk to now; null when none is attached.</summary>
    public ISpiceAgent? CurrentAgent
    {
        get
        {
            lock (_agentGate)
            {
                return _agentChanged ? _agent : Options.Agent;
            }
        }
    }

    /// <summary>Attaches <paramref name="agent"/> (replacing, and first detaching, any other) and tells every client.</summary>
    public void AttachAgent(ISpiceAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        SetAgent(agent);
    }

    /// <summary>Detaches the current agent, if any, and tells every client it is gone.</summary>
    public void DetachAgent() => SetAgent(null);

    private void SetAgent(ISpiceAgent? agent)
    {
        lock (_agentGate)
        {
            var current = _agentChanged ? _agent : Options.Agent;
            if (ReferenceEquals(current, agent))
            {
                return;
            }

            _agent = agent;
            _agentChanged = true;
            foreach (var session in _sessions.Values)
            {
                session.Get<MainChannel>(Protocol.ChannelType.Main)?.OnAgentChanged(agent);
            }
        }
    }
}
