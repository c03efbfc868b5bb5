using Spice.Protocol.Messages;
using Spice.Server.Agent;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The agent tunnel of the main channel: INIT says whether an agent is there and grants the client
/// its tokens; AGENT_START, AGENT_DATA and AGENT_TOKEN go to this client's <see cref="AgentTunnel"/>,
/// whose chunks leave as AGENT_DATA. Once the agent is up the client gets client mouse mode, as
/// spice-server gives it when an agent can place the pointer.
/// </summary>
internal sealed partial class MainChannel
{
    private AgentTunnel? _agentTunnel;

    private ISpiceAgent? Agent => Server.Options.Agent;

    private uint AgentConnectedFlag => Agent is null ? 0u : 1u;

    private uint AgentTokenWindow => Agent is null ? 0u : AgentTunnel.ClientTokenWindow;

    private void OnAgentMessage(ushort type, ReadOnlySpan<byte> body)
    {
        if (Agent is not { } agent)
        {
            ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
            return;
        }

        var tunnel = _agentTunnel ??= new AgentTunnel(agent, Session.Id, Session.Remote, Logger, ReturnAgentTokens, SendAgentChunk);
        var r = new SpanReader(body);
        switch (type)
        {
            case (ushort)MainClientMessageType.AgentStart:
                var wasStarted = tunnel.Started;
                tunnel.Start(r.UInt32());
                if (!wasStarted && Session.MouseMode != MouseModeFlags.Client)
                {
                    SetMouseMode((ushort)MouseModeFlags.Client);
                }

                break;
            case (ushort)MainClientMessageType.AgentToken:
                tunnel.AddTokens(r.UInt32());
                break;
            default:
                tunnel.OnData(body);
                break;
        }
    }

    private void ReturnAgentTokens(uint tokens) => Enqueue(b =>
    {
        b.Begin((ushort)MainMessageType.AgentToken);
        b.WriteUInt32(tokens);
        b.End();
    });

    private void SendAgentChunk(ReadOnlyMemory<byte> chunk, Action written) => Enqueue(b =>
    {
        b.Begin((ushort)MainMessageType.AgentData);
        b.WriteBytes(chunk.Span);
        b.End();
        written();
    });

    private void StopAgent()
    {
        _agentTunnel?.Dispose();
        _agentTunnel = null;
    }
}
