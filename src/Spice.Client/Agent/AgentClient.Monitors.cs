using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>Monitors config: ask the guest for a number of monitors with given sizes and positions.</summary>
public sealed partial class AgentClient
{
    private readonly List<TaskCompletionSource<AgentReply>> _monitorReplies = [];

    /// <summary>
    /// Sends a monitors config and completes with the agent's reply (success or error). Positions
    /// are sent when the agent takes them (MONITORS_CONFIG_POSITION); bound the wait with the token.
    /// </summary>
    public async Task<AgentReply> RequestMonitorsConfigAsync(IReadOnlyList<MonitorLayout> layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Count == 0 || layout.Count > AgentLimits.MaxMonitors)
        {
            throw new ArgumentOutOfRangeException(nameof(layout), $"between 1 and {AgentLimits.MaxMonitors} monitors");
        }

        if (layout.Any(m => m.Width <= 0 || m.Height <= 0 || m.Width > 16384 || m.Height > 16384))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), "monitor sizes must be between 1 and 16384");
        }

        await WaitForAgentAsync(cancellationToken).ConfigureAwait(false);
        if (!HasAgentCap(AgentCapability.MonitorsConfig))
        {
            throw new AgentException("the agent does not take monitors configs");
        }

        var flags = HasAgentCap(AgentCapability.MonitorsConfigPosition) ? MonitorsConfigFlags.UsePosition : MonitorsConfigFlags.None;
        var monitors = layout.Select(m => new MonitorConfig((uint)m.Width, (uint)m.Height, 32, m.X, m.Y)).ToArray();
        var reply = new TaskCompletionSource<AgentReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_monitorReplies)
        {
            _monitorReplies.Add(reply);
        }

        try
        {
            await SendAgentAsync(new MonitorsConfig(flags, monitors), cancellationToken).ConfigureAwait(false);
            return await reply.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_monitorReplies)
            {
                _monitorReplies.Remove(reply);
            }
        }
    }

    private void OnReply(AgentReply reply)
    {
        if (reply.RepliedType != AgentMessageType.MonitorsConfig)
        {
            return;
        }

        TaskCompletionSource<AgentReply>? first;
        lock (_monitorReplies)
        {
            first = _monitorReplies.FirstOrDefault(r => !r.Task.IsCompleted);
        }

        first?.TrySetResult(reply);
    }

    private void FailMonitorRequests(Exception error)
    {
        lock (_monitorReplies)
        {
            foreach (var r in _monitorReplies)
            {
                r.TrySetException(error);
            }
        }
    }
}
