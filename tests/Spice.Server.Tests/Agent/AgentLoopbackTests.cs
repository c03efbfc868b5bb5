using System.Drawing;
using System.Security.Cryptography;
using Spice.Client;
using Spice.Client.Agent;
using Spice.Client.Connection;
using Spice.Protocol.Agent;
using Spice.TestSupport;

namespace Spice.Server.Tests.Agent;

/// <summary>Our client's AgentClient against our server's agent tunnel over loopback.</summary>
public sealed class AgentLoopbackTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _share = Path.Combine(Path.GetTempPath(), "spice-agent-tests-" + Guid.NewGuid().ToString("N"));
    private SpiceDisplay _display = null!;
    private TestAgent _agent = null!;
    private SpiceServer _server = null!;

    public async Task InitializeAsync()
    {
        _display = new SpiceDisplay(320, 200);
        _agent = new TestAgent(_display, _share, maxClipboard: 64 * 1024);
        _server = new SpiceServer(new SpiceServerOptions { Port = 0, Agent = _agent }, _display);
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _agent.Dispose();
        Directory.Delete(_share, recursive: true);
    }

    [Fact]
    public async Task Monitors_config_lays_out_the_surface_and_the_client_sees_each_monitor()
    {
        await using var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);

        var reply = await session.Agent.RequestMonitorsConfigAsync(MonitorLayout.SideBySide((800, 600), (640, 480)), cts.Token);

        Assert.True(reply.IsSuccess);
        Assert.Equal([new Rectangle(0, 0, 800, 600), new Rectangle(800, 0, 640, 480)], _display.Monitors);
        Assert.Equal((1440, 600), (_display.Width, _display.Height));
        Paint(new Rectangle(0, 0, 800, 600), 0x30);
        Paint(new Rectangle(800, 0, 640, 480), 0xC0);
        await WaitUntilAsync(() => session.MonitorCount == 2 && session.CaptureMonitor(1)?.Width == 640, cts.Token);
        await WaitUntilAsync(() => MonitorMatches(session, 0) && MonitorMatches(session, 1), cts.Token);

        reply = await session.Agent.RequestMonitorsConfigAsync(MonitorLayout.SideBySide((1024, 700)), cts.Token);
        Assert.True(reply.IsSuccess);
        await WaitUntilAsync(() => session.MonitorCount == 1 && session.CaptureMonitor(0) is { Width: 1024, Height: 700 }, cts.Token);
    }

    [Fact]
    public async Task Client_clipboard_reaches_the_agent_and_the_agents_reaches_the_client()
    {
        await using var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);

        await session.Agent.SetClipboardAsync("copied in the client: é", cts.Token);
        Assert.True(_agent.Received.TryTake(out var text, Timeout));
        Assert.Equal("copied in the client: é", text);

        await _agent.Attached.WaitAsync(cts.Token);
        var grabbed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Agent.ClipboardGrabbed += (_, _) => grabbed.TrySetResult();
        _agent.Offer("copied on the server");
        await grabbed.Task.WaitAsync(cts.Token);
        Assert.Equal("copied on the server", await session.Agent.GetClipboardTextAsync(cts.Token));
    }

    [Fact]
    public async Task Clipboard_over_the_maximum_is_refused_and_the_session_goes_on()
    {
        await using var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);

        await session.Agent.SetClipboardAsync(new string('x', 200 * 1024), cts.Token);
        await WaitUntilAsync(() => Volatile.Read(ref _agent.Refused) == 1, cts.Token);
        Assert.Empty(_agent.Received);

        await session.Agent.SetClipboardAsync("small", cts.Token);
        Assert.True(_agent.Received.TryTake(out var text, Timeout));
        Assert.Equal("small", text);
    }

    [Fact]
    public async Task A_file_arrives_intact_in_the_share_folder()
    {
        await using var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);
        var content = RandomNumberGenerator.GetBytes(1_500_000);

        await session.Agent.SendFileAsync("report.bin", new MemoryStream(content), cancellationToken: cts.Token);

        var saved = Path.Combine(_share, "report.bin");
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(await File.ReadAllBytesAsync(saved, cts.Token)));
        Assert.Equal(["report.bin"], Directory.GetFiles(_share).Select(Path.GetFileName));

        await session.Agent.SendFileAsync("report.bin", new MemoryStream(content[..10]), cancellationToken: cts.Token);
        Assert.Equal(10, new FileInfo(Path.Combine(_share, "report (1).bin")).Length);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("..")]
    [InlineData("a/../../x")]
    public async Task Unsafe_names_are_refused(string name)
    {
        await using var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);

        var e = await Assert.ThrowsAsync<FileTransferException>(() => session.Agent.SendFileAsync(name, new MemoryStream([1, 2, 3]), cancellationToken: cts.Token));

        Assert.Equal(FileXferStatusCode.Error, e.Status?.Result);
        Assert.Empty(Directory.GetFileSystemEntries(_share));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_share)!, "x")));
    }

    [Fact]
    public async Task A_transfer_cut_off_by_a_disconnect_leaves_no_file()
    {
        var session = await ConnectAsync();
        using var cts = new CancellationTokenSource(Timeout);
        var stalled = new StallingStream(length: 4_000_000, stallAfter: 600_000);

        var transfer = session.Agent.SendFileAsync("big.bin", stalled, cancellationToken: cts.Token);
        await stalled.Stalled.WaitAsync(cts.Token);
        await WaitUntilAsync(() => _agent.Files.Active == 1 && Directory.GetFiles(_share).Length == 1, cts.Token);
        await session.DisposeAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => transfer);

        await WaitUntilAsync(() => Volatile.Read(ref _agent.Detached) == 1, cts.Token);
        Assert.Equal(0, _agent.Files.Active);
        Assert.Empty(Directory.GetFileSystemEntries(_share));
    }

    private async Task<SpiceSession> ConnectAsync()
    {
        var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = _server.Port });
        using var cts = new CancellationTokenSource(Timeout);
        await session.Agent.WaitForAgentAsync(cts.Token);
        return session;
    }

    private void Paint(Rectangle area, byte value)
    {
        var pixels = new byte[area.Width * area.Height * 4];
        for (var i = 0; i < pixels.Length; i += 4)
        {
            pixels[i] = value;
            pixels[i + 1] = (byte)(i / 4 % 251);
            pixels[i + 2] = (byte)(255 - value);
            pixels[i + 3] = 255;
        }

        _display.Write(pixels, area.Width * 4, area);
    }

    private bool MonitorMatches(SpiceSession session, int index)
    {
        var head = _display.Monitors[index];
        var shot = session.CaptureMonitor(index);
        if (shot is null || shot.Width != head.Width || shot.Height != head.Height)
        {
            return false;
        }

        using var frame = _display.Lock();
        var offset = (head.Y * frame.Width * 4) + (head.X * 4);
        return ImageCompare.CountDifferentPixels(frame.Pixels[offset..].ToArray(), frame.Width * 4, shot.Bgra, shot.Stride, head.Width, head.Height, ignoreAlpha: true) == 0;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(20, cancellationToken);
        }
    }
}
