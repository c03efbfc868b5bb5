using Spice.Client.Agent;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Channels;

/// <summary>The main channel's agent messages, handed to <see cref="AgentClient"/>.</summary>
public sealed partial class MainChannel
{
    private AgentClient? _agent;

    /// <summary>The guest agent reached through this main channel.</summary>
    public AgentClient Agent => _agent ??= new AgentClient(SendAsync, Logger);

    private void RegisterAgentHandlers()
    {
        On(MainMessageType.AgentConnected, (_, ct) => new ValueTask(Agent.OnAgentConnectedAsync(null, ct)));
        On(MainMessageType.AgentConnectedTokens, (body, ct) => new ValueTask(Agent.OnAgentConnectedAsync(AgentConnectedTokens.Read(body).NumTokens, ct)));
        On(MainMessageType.AgentDisconnected, OnAgentDisconnected);
        On(MainMessageType.AgentToken, OnAgentToken);
        On(MainMessageType.AgentData, (body, ct) => new ValueTask(Agent.OnAgentDataAsync(body, ct)));
        _ = Closed.ContinueWith(
            _ => _agent?.DisposeAsync().AsTask(),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private ValueTask OnAgentDisconnected(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Agent.OnAgentDisconnected();
        return ValueTask.CompletedTask;
    }

    private ValueTask OnAgentToken(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Agent.OnServerTokens(AgentToken.Read(body).NumTokens);
        return ValueTask.CompletedTask;
    }
}
