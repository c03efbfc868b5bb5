using Spice.Client;
using Spice.Client.Connection;

namespace Spice.Server.Tests.Agent;

/// <summary>An agent attached and detached while our client stays connected (SpiceServer.AttachAgent / DetachAgent).</summary>
public sealed class AgentAttachTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _share = Directory.CreateTempSubdirectory("spice-agent-attach").FullName;
    private SpiceDisplay _display = null!;
    private SpiceServer _server = null!;

    public async Task InitializeAsync()
    {
        _display = new SpiceDisplay(320, 200);
        _server = new SpiceServer(new SpiceServerOptions { Port = 0 }, _display);
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_share, recursive: true);
    }

    [Fact]
    public async Task A_client_connected_before_the_agent_gets_it_loses_it_and_gets_the_next_one()
    {
        using var cts = new CancellationTokenSource(Timeout);
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = _server.Port }, null, cts.Token);
        await Task.Delay(300, cts.Token);
        Assert.False(session.Agent.IsConnected);

        using var first = new TestAgent(_display, _share);
        _server.AttachAgent(first);
        await session.Agent.WaitForAgentAsync(cts.Token);
        await session.Agent.SetClipboardAsync("to the first agent", cts.Token);
        Assert.True(first.Received.TryTake(out var text, Timeout));
        Assert.Equal("to the first agent", text);

        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Agent.ConnectionChanged += (_, _) =>
        {
            if (!session.Agent.IsConnected)
            {
                lost.TrySetResult();
            }
        };
        _server.DetachAgent();
        await lost.Task.WaitAsync(cts.Token);
        Assert.Null(_server.CurrentAgent);
        Assert.Equal(1, Volatile.Read(ref first.Detached));

        using var second = new TestAgent(_display, _share);
        _server.AttachAgent(second);
        await session.Agent.WaitForAgentAsync(cts.Token);
        await session.Agent.SetClipboardAsync("to the second agent", cts.Token);
        Assert.True(second.Received.TryTake(out text, Timeout));
        Assert.Equal("to the second agent", text);
        Assert.Empty(first.Received);
        Assert.Same(second, _server.CurrentAgent);
    }

    [Fact]
    public async Task Replacing_the_agent_moves_the_client_over()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var first = new TestAgent(_display, _share);
        _server.AttachAgent(first);
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = _server.Port }, null, cts.Token);
        await first.Attached.WaitAsync(cts.Token);

        using var second = new TestAgent(_display, _share);
        _server.AttachAgent(second);
        await second.Attached.WaitAsync(cts.Token);
        await session.Agent.WaitForAgentAsync(cts.Token);
        await session.Agent.SetClipboardAsync("after the swap", cts.Token);

        Assert.True(second.Received.TryTake(out var text, Timeout));
        Assert.Equal("after the swap", text);
        Assert.Equal(1, Volatile.Read(ref first.Detached));
    }
}
