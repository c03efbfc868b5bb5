using System.Text.RegularExpressions;
using Spice.Client;
using Spice.Client.Agent;
using Spice.Client.Connection;
using Spice.Protocol.Agent;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Agent;

/// <summary>
/// Our client against the real guest agent: spice-vdagentd + spice-vdagent (X11) on an Xspice display.
/// Each test starts its own Xspice and agent and kills them at the end.
/// </summary>
public sealed partial class RealAgentTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Cli_resize_sets_the_X_screen_size()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        var cli = await RunCliAsync("resize", $"spice://127.0.0.1:{xs.Port}", "1280x800", "--timeout", "30");

        Assert.True(cli.Succeeded, cli.Describe() + Logs(xs));
        Assert.Equal((1280, 800), await WaitForScreenSizeAsync(xs, (1280, 800)));
    }

    [Fact]
    public async Task Api_monitors_config_is_acknowledged_and_applied()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        using var cts = new CancellationTokenSource(Bound);
        await using var session = await ConnectAsync(xs, cts.Token);
        var caps = await session.Agent.WaitForAgentAsync(cts.Token);
        Assert.True(caps.Has(AgentCapability.MonitorsConfig));

        var reply = await session.Agent.RequestMonitorsConfigAsync([new MonitorLayout(1152, 864)], cts.Token);

        Assert.True(reply.IsSuccess);
        Assert.Equal((1152, 864), await WaitForScreenSizeAsync(xs, (1152, 864)));
    }

    [Fact]
    public async Task Text_copied_in_the_guest_is_read_by_our_client()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        using var cts = new CancellationTokenSource(Bound);
        await using var session = await ConnectAsync(xs, cts.Token);
        await session.Agent.WaitForAgentAsync(cts.Token);
        var grabbed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Agent.ClipboardGrabbed += (_, e) =>
        {
            if (e.Selection == ClipboardSelection.Clipboard && e.Types.Contains(ClipboardType.Utf8Text))
            {
                grabbed.TrySetResult();
            }
        };
        const string text = "copied in the guest: ünïcödé ✓";
        var file = Path.Combine(xs.WorkDir, "clip.txt");
        await File.WriteAllTextAsync(file, text, cts.Token);

        xs.RunX("xclip", "-selection", "clipboard", "-i", file);
        await grabbed.Task.WaitAsync(cts.Token);
        var received = await session.Agent.GetClipboardTextAsync(cts.Token);

        Assert.Equal(text, received);
    }

    [Fact]
    public async Task Text_set_by_our_client_is_pasted_in_the_guest()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        using var cts = new CancellationTokenSource(Bound);
        await using var session = await ConnectAsync(xs, cts.Token);
        await session.Agent.WaitForAgentAsync(cts.Token);
        const string text = "set by spice-dotnet: ünïcödé ✓";

        await session.Agent.SetClipboardAsync(text, cts.Token);
        var pasted = await PasteAsync(xs, text, cts.Token);

        Assert.True(pasted.Succeeded, pasted.Describe() + Logs(xs));
        Assert.Equal(text, pasted.StdOut);
    }

    [Fact]
    public async Task File_sent_by_our_client_lands_in_the_agents_download_dir()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        using var cts = new CancellationTokenSource(Bound);
        await using var session = await ConnectAsync(xs, cts.Token);
        var content = new byte[300_000];
        new Random(5).NextBytes(content);
        var source = Path.Combine(xs.WorkDir, "payload.bin");
        await File.WriteAllBytesAsync(source, content, cts.Token);
        long reported = 0;

        await session.Agent.SendFileAsync(source, new SyncProgress(n => reported = n), cts.Token);

        var landed = Path.Combine(xs.DownloadDir, "payload.bin");
        Assert.True(File.Exists(landed), Logs(xs));
        Assert.Equal(content, await File.ReadAllBytesAsync(landed, cts.Token));
        Assert.Equal(content.Length, reported);
    }

    private static async Task<SpiceSession> ConnectAsync(XspicePeer xs, CancellationToken cancellationToken) =>
        await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = xs.Port }, null, cancellationToken);

    /// <summary>xclip -o asks the agent, which asks our client; retried while the agent's grab is on its way.</summary>
    private static async Task<ProcessRunnerResult> PasteAsync(XspicePeer xs, string expected, CancellationToken cancellationToken)
    {
        while (true)
        {
            var r = await xs.RunXToEndAsync("xclip", "-selection", "clipboard", "-o");
            if ((r.Succeeded && r.StdOut == expected) || cancellationToken.IsCancellationRequested)
            {
                return r;
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    /// <summary>
    /// The agent replies before its xrandr call has taken effect, so the X screen is polled (bounded)
    /// until it reaches the size asked for; the last size seen is returned either way.
    /// </summary>
    private static async Task<(int Width, int Height)> WaitForScreenSizeAsync(XspicePeer xs, (int Width, int Height) expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var size = await ScreenSizeAsync(xs);
        while (size != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            size = await ScreenSizeAsync(xs);
        }

        return size;
    }

    private static async Task<(int Width, int Height)> ScreenSizeAsync(XspicePeer xs)
    {
        var info = await xs.RunXToEndAsync("xdpyinfo");
        var m = DimensionsRegex().Match(info.StdOut);
        Assert.True(m.Success, info.Describe());
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task<ProcessRunnerResult> RunCliAsync(params string[] args) =>
        ProcessRunner.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "spice.dll"), .. args], TimeSpan.FromSeconds(60));

    private static string Logs(XspicePeer xs) =>
        $"\n--- spice-vdagent ---\n{ProcessRunner.TailFile(xs.VdagentLogPath)}\n--- spice-vdagentd ---\n{ProcessRunner.TailFile(xs.VdagentdLogPath)}";

    [GeneratedRegex(@"dimensions:\s+(\d+)x(\d+) pixels")]
    private static partial Regex DimensionsRegex();

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
