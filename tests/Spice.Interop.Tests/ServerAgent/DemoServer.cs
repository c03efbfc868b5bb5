using System.Drawing;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Cli.Demo;
using Spice.Server;

namespace Spice.Interop.Tests.ServerAgent;

/// <summary>`spice serve`'s demo desktop and built-in agent, in-process, so tests can read the demo's state.</summary>
internal sealed class DemoServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _animation;

    private DemoServer(SpiceServer server, SpiceDisplay display, DemoDesktop demo, DemoAgent agent, string share)
    {
        Server = server;
        Display = display;
        Demo = demo;
        Agent = agent;
        ShareDir = share;
        _animation = demo.RunAsync(_stop.Token);
    }

    public SpiceServer Server { get; }

    public SpiceDisplay Display { get; }

    public DemoDesktop Demo { get; }

    public DemoAgent Agent { get; }

    public string ShareDir { get; }

    public string Uri => $"spice://127.0.0.1:{Server.Port}";

    public static async Task<DemoServer> StartAsync(int monitors = 1, int width = 1024, int height = 768)
    {
        var display = new SpiceDisplay(width, height);
        if (monitors > 1)
        {
            display.SetMonitors([.. Enumerable.Range(0, monitors).Select(i => new Rectangle(i * width, 0, width, height))]);
        }

        var cursor = new SpiceCursor();
        var demo = new DemoDesktop(display, cursor);
        var share = Directory.CreateTempSubdirectory("spice-share").FullName;
        var agent = new DemoAgent(demo, share, NullLogger.Instance);
        var server = new SpiceServer(new SpiceServerOptions { Port = 0, Agent = agent, InputSink = demo }, display, cursor);
        await server.StartAsync();
        return new DemoServer(server, display, demo, agent, share);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _animation;
        await Server.DisposeAsync();
        Agent.Dispose();
        Demo.Dispose();
        _stop.Dispose();
        Directory.Delete(ShareDir, recursive: true);
    }
}
