using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>A virtual X screen (Xvfb) for GUI peers (remote-viewer, Chromium), with screenshots and xdotool.</summary>
public sealed class XvfbPeer : IAsyncDisposable
{
    private readonly PeerProcess _server;

    private XvfbPeer(PeerProcess server, int number, int width, int height, string workDir)
    {
        _server = server;
        DisplayNumber = number;
        Width = width;
        Height = height;
        WorkDir = workDir;
    }

    public int DisplayNumber { get; }
    public string Display => ":" + DisplayNumber.ToString(CultureInfo.InvariantCulture);
    public int Width { get; }
    public int Height { get; }
    public string WorkDir { get; }

    /// <summary>Environment for programs that should draw on this screen.</summary>
    public IReadOnlyDictionary<string, string> Env => new Dictionary<string, string> { ["DISPLAY"] = Display };

    public static async Task<XvfbPeer> StartAsync(int width = 1280, int height = 800)
    {
        PeerTools.Require("Xvfb", "xdpyinfo");
        for (var attempt = 1; ; attempt++)
        {
            var n = XDisplay.Allocate();
            var dir = PeerTools.NewWorkDir($"xvfb-{n}");
            var server = ProcessRunner.Start($"Xvfb:{n}", "Xvfb",
                [$":{n}", "-screen", "0", $"{width}x{height}x24", "-nolisten", "tcp", "-noreset"], Path.Combine(dir, "xvfb.log"));
            var peer = new XvfbPeer(server, n, width, height, dir);
            try
            {
                await WaitForXAsync(peer.Display, TimeSpan.FromSeconds(20), server);
                return peer;
            }
            catch (Exception) when (attempt < 3)
            {
                await peer.DisposeAsync();
            }
        }
    }

    /// <summary>Waits (bounded) until an X server answers on <paramref name="display"/>.</summary>
    public static async Task WaitForXAsync(string display, TimeSpan timeout, PeerProcess? server = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        var env = new Dictionary<string, string> { ["DISPLAY"] = display };
        while (true)
        {
            var r = await ProcessRunner.RunAsync("xdpyinfo", [], TimeSpan.FromSeconds(5), env);
            if (r.Succeeded)
            {
                return;
            }
            server?.ThrowIfExited($"waiting for X on {display}");
            if (DateTime.UtcNow > deadline)
            {
                var tail = server is null ? "" : $"\nserver log {server.LogPath}:\n{server.LogTail()}";
                throw new TimeoutException($"no X server answering on {display} after {timeout.TotalSeconds} s: {r.Describe(5)}{tail}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>The whole X screen (ImageMagick import -window root), decoded to BGRA.</summary>
    public async Task<PeerImage> ScreenshotAsync()
    {
        PeerTools.Require("import");
        var png = Path.Combine(WorkDir, $"root-{DateTime.Now:HHmmss-fff}.png");
        var r = await ProcessRunner.RunAsync("import", ["-window", "root", png], TimeSpan.FromSeconds(30), Env);
        if (!r.Succeeded || !File.Exists(png))
        {
            throw new InvalidOperationException($"screenshot of {Display} failed: {r.Describe()}");
        }
        return PeerImage.FromFile(png);
    }

    /// <summary>Runs xdotool on this screen (e.g. "search", "--name", "remote-viewer"; "key", "ctrl+alt+F2").</summary>
    public async Task<ProcessRunnerResult> XdotoolAsync(params string[] args)
    {
        PeerTools.Require("xdotool");
        return await ProcessRunner.RunAsync("xdotool", args, TimeSpan.FromSeconds(20), Env);
    }

    /// <summary>Starts any program on this screen, tracked by the returned handle (dispose it).</summary>
    public PeerProcess Start(string name, string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? extraEnv = null)
    {
        var env = new Dictionary<string, string> { ["DISPLAY"] = Display };
        foreach (var (k, v) in extraEnv ?? new Dictionary<string, string>())
        {
            env[k] = v;
        }
        return ProcessRunner.Start(name, program, args, Path.Combine(WorkDir, $"{name}-{DateTime.Now:HHmmss-fff}.log"), env);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        XDisplay.IsFree(DisplayNumber);
    }
}
