using Spice.Cli.Demo;
using Spice.Server;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>
/// `spice serve`'s demo desktop in this process (clock, typed text, pointer, bouncing ball, photo),
/// with every input event recorded before the demo gets it.
/// </summary>
internal sealed class DemoServer : IAsyncDisposable
{
    private readonly DemoDesktop _demo;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _animation;

    private DemoServer(SpiceServer server, DemoDesktop demo, RecordingSink sink)
    {
        Server = server;
        _demo = demo;
        Sink = sink;
        _animation = demo.RunAsync(_stop.Token);
    }

    public SpiceServer Server { get; }

    public SpiceDisplay Display => Server.Display;

    public RecordingSink Sink { get; }

    public int Port => Server.Port;

    public static async Task<DemoServer> StartAsync(int width = 1024, int height = 768)
    {
        var display = new SpiceDisplay(width, height);
        var cursor = new SpiceCursor();
        var demo = new DemoDesktop(display, cursor);
        var sink = new RecordingSink(demo);
        var server = new SpiceServer(new SpiceServerOptions { Port = 0, InputSink = sink }, display, cursor);
        await server.StartAsync();
        return new DemoServer(server, demo, sink);
    }

    /// <summary>A copy of the framebuffer as it is now (B,G,R,A, stride = width * 4).</summary>
    public byte[] Snapshot()
    {
        using var frame = Display.Lock();
        return frame.Pixels.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _animation;
        await Server.DisposeAsync();
        _demo.Dispose();
        _stop.Dispose();
    }
}
