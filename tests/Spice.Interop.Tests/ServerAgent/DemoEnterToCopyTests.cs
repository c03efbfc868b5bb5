using Spice.Client;
using Spice.Client.Agent;
using Spice.Client.Connection;
using Spice.Protocol.Agent;

namespace Spice.Interop.Tests.ServerAgent;

/// <summary>The demo's own clipboard: a line typed on it with Enter is offered to the client, which reads it (grab serials on both sides).</summary>
public sealed class DemoEnterToCopyTests
{
    [Fact]
    public async Task A_line_typed_with_enter_becomes_the_clients_clipboard()
    {
        await using var demo = await DemoServer.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = demo.Server.Port }, null, cts.Token);
        var caps = await session.Agent.WaitForAgentAsync(cts.Token);
        Assert.True(caps.Has(AgentCapability.ClipboardGrabSerial));
        var grabs = 0;
        var grabbed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Agent.ClipboardGrabbed += (_, e) =>
        {
            if (e.Selection == ClipboardSelection.Clipboard && Interlocked.Increment(ref grabs) == 2)
            {
                grabbed.TrySetResult();
            }
        };
        var inputs = session.Inputs ?? throw new InvalidOperationException("no inputs channel");

        await inputs.TypeTextAsync("first line\nCopy Me 42!\n", TimeSpan.FromMilliseconds(5), cts.Token);
        await grabbed.Task.WaitAsync(cts.Token);

        Assert.Equal("Copy Me 42!", demo.Agent.Offered);
        Assert.Equal("Copy Me 42!", await session.Agent.GetClipboardTextAsync(cts.Token));
    }
}
