using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>
/// spice-html5 in a headed Chromium on Xvfb (headless Chromium links the main channel and then stalls).
/// Either through websockify in front of a plain SPICE port, or straight to a WebSocket port.
/// </summary>
public sealed class Html5Peer : IAsyncDisposable
{
    public const string WebRoot = "/usr/share/spice-html5";
    private readonly List<PeerProcess> _processes;

    private Html5Peer(List<PeerProcess> processes, XvfbPeer xvfb, string url, int webPort)
    {
        _processes = processes;
        Xvfb = xvfb;
        Url = url;
        WebPort = webPort;
    }

    public XvfbPeer Xvfb { get; }
    public string Url { get; }
    public int WebPort { get; }
    public PeerProcess Chromium => _processes[^1];

    /// <summary>websockify (serving spice-html5 too) on a free port in front of 127.0.0.1:<paramref name="spicePort"/>, then Chromium.</summary>
    public static async Task<Html5Peer> StartAsync(int spicePort, XvfbPeer xvfb, string? password = null)
    {
        PeerTools.Require("websockify", "chromium");
        var ws = FreePort.Get();
        var dir = PeerTools.NewWorkDir($"html5-{ws}");
        var proxy = ProcessRunner.Start($"websockify:{ws}", "websockify",
            ["--web", WebRoot, $"127.0.0.1:{ws}", $"127.0.0.1:{spicePort}"], Path.Combine(dir, "websockify.log"));
        var list = new List<PeerProcess> { proxy };
        try
        {
            await FreePort.WaitListeningAsync(ws, TimeSpan.FromSeconds(20), proxy);
            return await LaunchAsync(list, xvfb, dir, ws, ws, password);
        }
        catch
        {
            await DisposeAllAsync(list);
            throw;
        }
    }

    /// <summary>Chromium against a WebSocket SPICE endpoint on 127.0.0.1:<paramref name="wsPort"/>; the page is served by python3 http.server.</summary>
    public static async Task<Html5Peer> StartWebSocketAsync(int wsPort, XvfbPeer xvfb, string? password = null)
    {
        PeerTools.Require("python3", "chromium");
        var web = FreePort.Get();
        var dir = PeerTools.NewWorkDir($"html5-{web}");
        var server = ProcessRunner.Start($"http:{web}", "python3",
            ["-m", "http.server", "--bind", "127.0.0.1", "--directory", WebRoot, web.ToString(CultureInfo.InvariantCulture)],
            Path.Combine(dir, "http.log"));
        var list = new List<PeerProcess> { server };
        try
        {
            await FreePort.WaitListeningAsync(web, TimeSpan.FromSeconds(20), server);
            return await LaunchAsync(list, xvfb, dir, web, wsPort, password);
        }
        catch
        {
            await DisposeAllAsync(list);
            throw;
        }
    }

    private static async Task<Html5Peer> LaunchAsync(List<PeerProcess> list, XvfbPeer xvfb, string dir, int webPort, int wsPort, string? password)
    {
        var url = $"http://127.0.0.1:{webPort}/spice_auto.html?host=127.0.0.1&port={wsPort}";
        if (password is not null)
        {
            url += "&password=" + Uri.EscapeDataString(password);
        }
        var profile = Path.Combine(dir, "chromium-profile");
        Directory.CreateDirectory(profile);
        list.Add(xvfb.Start("chromium", "chromium",
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--window-position=0,0",
            $"--window-size={xvfb.Width},{xvfb.Height}", url,
        ]));
        await Task.Delay(500);
        list[^1].ThrowIfExited("starting");
        return new Html5Peer(list, xvfb, url, webPort);
    }

    public Task<PeerImage> ScreenshotAsync() => Xvfb.ScreenshotAsync();

    public ValueTask DisposeAsync() => new(DisposeAllAsync(_processes));

    private static async Task DisposeAllAsync(List<PeerProcess> list)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            await list[i].DisposeAsync();
        }
    }
}
