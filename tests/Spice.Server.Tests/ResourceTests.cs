using System.Net.Sockets;
using Spice.TestSupport;

namespace Spice.Server.Tests;

/// <summary>
/// Connections that come and go must leave no handles or memory behind. Runs alone: other tests'
/// sockets and allocations would blur the counts.
/// </summary>
[Collection(nameof(ResourceTests))]
[CollectionDefinition(nameof(ResourceTests), DisableParallelization = true)]
public sealed class ResourceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Hundreds_of_killed_connections_leave_handles_and_memory_at_baseline()
    {
        await using var server = await TestServer.StartAsync(width: 320, height: 240);
        await ChurnAsync(server.Port, 100);
        await ProcessProbe.WaitForAsync(() => server.Server.ClientCount == 0, Timeout);
        var fdBefore = ProcessProbe.OpenHandles();
        var memoryBefore = ProcessProbe.ManagedMemory();

        await ChurnAsync(server.Port, 300);
        await ProcessProbe.WaitForAsync(() => server.Server.ClientCount == 0, Timeout);
        await ProcessProbe.WaitForAsync(() => ProcessProbe.OpenHandles() <= fdBefore + 10, Timeout);

        Assert.InRange(ProcessProbe.OpenHandles(), 0, fdBefore + 10);
        Assert.InRange(ProcessProbe.ManagedMemory(), 0, memoryBefore + (8L << 20));
    }

    /// <summary>A mix of connections: killed at once, mid-link, after linking main and display.</summary>
    private static async Task ChurnAsync(int port, int count)
    {
        var tasks = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var kind = i % 3;
            tasks.Add(Task.Run(async () =>
            {
                await using var client = await LinkClient.ConnectAsync(port);
                switch (kind)
                {
                    case 0:
                        break;
                    case 1:
                        await client.SendLinkAsync(1);
                        break;
                    default:
                        if (await client.LinkAsync(1, "secret") == 0)
                        {
                            var (_, init) = await client.ReadMessageAsync();
                            await using var display = await LinkClient.ConnectAsync(port);
                            await display.LinkAsync(2, "secret", BitConverter.ToUInt32(init, 0));
                            await display.ReadMessageAsync();
                        }

                        break;
                }

                client.Socket!.LingerState = new LingerOption(true, 0);
            }));
            if (tasks.Count >= 16)
            {
                await Task.WhenAll(tasks);
                tasks.Clear();
            }
        }

        await Task.WhenAll(tasks);
    }
}
