using System.Drawing;
using Microsoft.Extensions.Logging;
using Spice.Client;
using Spice.Client.Connection;
using Spice.TestSupport;
using Xunit.Abstractions;

namespace Spice.Server.Tests.Robustness;

/// <summary>
/// Hundreds of hostile connections (garbage, absurd lengths, killed mid-link and mid-message, on
/// every channel type and through WebSocket) while a well-behaved client keeps being served;
/// afterwards handles and memory are back near where they were. Runs alone: it counts handles.
/// </summary>
[Collection(nameof(ResourceTests))]
public sealed class HostileClientTests(ITestOutputHelper output)
{
    private const string Password = "secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hundreds_of_hostile_connections_leave_a_good_client_served_and_resources_at_baseline()
    {
        var log = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var display = new SpiceDisplay(320, 240);
        var options = new SpiceServerOptions { Port = 0, Password = Password, LoggerFactory = loggers, LinkTimeout = TimeSpan.FromSeconds(3), ImageCodec = ImageCodecPolicy.Lz };
        await using var server = new SpiceServer(options, display);
        await server.StartAsync();
        server.Audio.StartRecording();
        await using var good = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port, Password = Password });
        var unobserved = new List<Exception>();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) =>
        {
            if (!ThrownByServer(e.Exception))
            {
                return;
            }

            lock (unobserved)
            {
                unobserved.Add(e.Exception);
            }
        };
        TaskScheduler.UnobservedTaskException += onUnobserved;
        try
        {
            await ChurnAsync(server.Port, seedBase: 0, count: 100, good, display);
            await ProcessProbe.WaitForAsync(() => server.ClientCount == 1, Timeout);
            var handlesBefore = ProcessProbe.OpenHandles();
            var memoryBefore = ProcessProbe.ManagedMemory();

            await ChurnAsync(server.Port, seedBase: 1000, count: 400, good, display);
            await ProcessProbe.WaitForAsync(() => server.ClientCount == 1, Timeout);
            await ProcessProbe.WaitForAsync(() => ProcessProbe.OpenHandles() <= handlesBefore + 10, Timeout);
            var handlesAfter = ProcessProbe.OpenHandles();
            var memoryAfter = ProcessProbe.ManagedMemory();
            output.WriteLine($"handles {handlesBefore} -> {handlesAfter}; managed memory {memoryBefore >> 10} KiB -> {memoryAfter >> 10} KiB");

            Assert.Equal(1, server.ClientCount);
            Assert.InRange(handlesAfter, 0, handlesBefore + 10);
            Assert.InRange(memoryAfter, 0, memoryBefore + (8L << 20));
            Assert.DoesNotContain(log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning 16 ", StringComparison.Ordinal) || l.Contains("internal error", StringComparison.Ordinal));
            lock (unobserved)
            {
                Assert.Empty(unobserved);
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= onUnobserved;
        }
    }

    /// <summary>Hostile connections, 16 at a time; after every 50 the good client must show a fresh change.</summary>
    private static async Task ChurnAsync(int port, int seedBase, int count, SpiceSession good, SpiceDisplay display)
    {
        var tasks = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var seed = seedBase + i;
            tasks.Add(Task.Run(() => HostileConnection.RunAsync(port, Password, seed)));
            if (tasks.Count >= 16)
            {
                await Task.WhenAll(tasks);
                tasks.Clear();
            }

            if (i % 50 == 49)
            {
                await AssertGoodClientFollowsAsync(good, display, seed);
            }
        }

        await Task.WhenAll(tasks);
    }

    private static async Task AssertGoodClientFollowsAsync(SpiceSession good, SpiceDisplay display, int seed)
    {
        var random = new Random(seed);
        var patch = new byte[64 * 48 * 4];
        random.NextBytes(patch);
        display.Write(patch, 64 * 4, new Rectangle(random.Next(0, 256), random.Next(0, 192), 64, 48));
        var deadline = DateTime.UtcNow + Timeout;
        var differences = -1;
        while (DateTime.UtcNow < deadline)
        {
            await good.WaitForDisplaySettledAsync(TimeSpan.FromMilliseconds(200), Timeout);
            byte[] expected;
            using (var frame = display.Lock())
            {
                expected = frame.Pixels.ToArray();
            }

            var shot = good.CaptureMonitor();
            differences = shot is null ? -1 : ImageCompare.CountDifferentPixels(expected, display.Stride, shot.Bgra, shot.Stride, display.Width, display.Height, ignoreAlpha: true);
            if (differences == 0)
            {
                return;
            }
        }

        Assert.Fail($"the good client shows {differences} pixels different from the server after hostile connection {seed}");
    }

    /// <summary>Faulted tasks of the server's own code; other tests' leftovers finalized meanwhile are theirs.</summary>
    private static bool ThrownByServer(Exception e) =>
        e.ToString().Split('\n').Any(l => l.Contains("at Spice.Server.", StringComparison.Ordinal) && !l.Contains("at Spice.Server.Tests.", StringComparison.Ordinal));
}
