using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;
using Spice.Server.Agent;

namespace Spice.Server.Channels;

/// <summary>
/// The agent tunnel of the main channel: INIT says whether an agent is there and grants the client
/// its tokens; AGENT_START, AGENT_DATA and AGENT_TOKEN go to this client's <see cref="AgentTunnel"/>,
/// whose chunks leave as AGENT_DATA. Once the agent is up the client gets client mouse mode, as
/// spice-server gives it when an agent can place the pointer. An agent attached or detached later
/// (<see cref="SpiceServer.AttachAgent"/>) is announced with AGENT_CONNECTED[_TOKENS] or
/// AGENT_DISCONNECTED; the client then starts (or drops) its side again.
/// </summary>
internal sealed partial class MainChannel
{
    private readonly Lock _agentGate = new();
    private AgentTunnel? _agentTunnel;
    private ISpiceAgent? _agent;
    private bool _agentAnnounced;

    /// <summary>INIT's agent fields: read once, under the gate, so a change that races INIT is announced after it or folded into it.</summary>
    private uint AgentConnectedFlag => AnnouncedAgent() is null ? 0u : 1u;

    private uint AgentTokenWindow => AnnouncedAgent() is null ? 0u : AgentTunnel.ClientTokenWindow;

    /// <summary>The server's agent changed: end the tunnel to the old one and tell the client.</summary>
    internal void OnAgentChanged(ISpiceAgent? agent)
    {
        AgentTunnel? old;
        ISpiceAgent? previous;
        bool announce;
        lock (_agentGate)
        {
            previous = _agentAnnounced ? _agent : null;
            announce = _agentAnnounced;
            _agent = agent;
            old = _agentTunnel;
            _agentTunnel = null;
        }

        old?.Dispose();
        if (!announce)
        {
            return;
        }

        if (previous is not null)
        {
            Enqueue(new AgentDisconnected { ErrorCode = LinkError.Ok });
        }

        if (agent is not null)
        {
            Enqueue(ChannelCaps.Has(MainCapability.AgentConnectedTokens)
                ? new AgentConnectedTokens { NumTokens = AgentTunnel.ClientTokenWindow }
                : new EmptyMessage((ushort)MainMessageType.AgentConnected));
        }

        AgentLog.AgentChanged(Logger, Session.Id, agent is null ? "detached" : "attached");
    }

    private ISpiceAgent? AnnouncedAgent()
    {
        lock (_agentGate)
        {
            if (!_agentAnnounced)
            {
                _agent = Server.CurrentAgent;
                _agentAnnounced = true;
            }

            return _agent;
        }
    }

    private void OnAgentMessage(ushort type, ReadOnlyMemory<byte> body)
    {
        AgentTunnel tunnel;
        lock (_agentGate)
        {
            if ((_agentAnnounced ? _agent : Server.CurrentAgent) is not { } agent)
            {
                AgentLog.NoAgent(Logger, Session.Id, type);
                return;
            }

            tunnel = _agentTunnel ??= new AgentTunnel(agent, Session.Id, Session.Remote, Logger, ReturnAgentTokens, SendAgentChunk);
        }

        switch (type)
        {
            case (ushort)MainClientMessageType.AgentStart:
                var wasStarted = tunnel.Started;
                tunnel.Start(SpiceMessage.Read<AgentStart>(body).NumTokens);
                if (!wasStarted && Session.MouseMode != MouseMode.Client)
                {
                    SetMouseMode(MouseMode.Client);
                }

                break;
            case (ushort)MainClientMessageType.AgentToken:
                tunnel.AddTokens(SpiceMessage.Read<ClientAgentToken>(body).NumTokens);
                break;
            default:
                tunnel.OnData(DataMessage.Read(type, body).Data.Span);
                break;
        }
    }

    private void ReturnAgentTokens(uint tokens) => Enqueue(new AgentToken { NumTokens = tokens });

    private void SendAgentChunk(ReadOnlyMemory<byte> chunk, Action written) => Enqueue(b =>
    {
        b.Add(new DataMessage((ushort)MainMessageType.AgentData, chunk));
        written();
    });

    private void StopAgent()
    {
        AgentTunnel? tunnel;
        lock (_agentGate)
        {
            tunnel = _agentTunnel;
            _agentTunnel = null;
        }

        tunnel?.Dispose();
    }
}
