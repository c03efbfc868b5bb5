namespace Spice.TestSupport.Peers;

/// <summary>virt-viewer's remote-viewer connected to a SPICE URI, drawing on an Xvfb screen.</summary>
public sealed class RemoteViewerPeer : IAsyncDisposable
{
    private readonly PeerProcess _process;

    private RemoteViewerPeer(PeerProcess process, XvfbPeer xvfb, string uri)
    {
        _process = process;
        Xvfb = xvfb;
        Uri = uri;
    }

    public XvfbPeer Xvfb { get; }
    public string Uri { get; }
    public PeerProcess Process => _process;

    /// <summary>Starts remote-viewer (e.g. spice://127.0.0.1:PORT[?password=…]) and waits until its window is mapped.</summary>
    public static async Task<RemoteViewerPeer> StartAsync(string uri, XvfbPeer xvfb, params string[] extraArgs)
    {
        PeerTools.Require("remote-viewer", "xdotool");
        var p = xvfb.Start("remote-viewer", "remote-viewer", [.. extraArgs, uri],
            new Dictionary<string, string> { ["GDK_BACKEND"] = "x11", ["NO_AT_BRIDGE"] = "1" });
        var peer = new RemoteViewerPeer(p, xvfb, uri);
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (true)
            {
                var r = await xvfb.XdotoolAsync("search", "--onlyvisible", "--pid", p.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (r.Succeeded && r.StdOut.Trim().Length > 0)
                {
                    return peer;
                }
                p.ThrowIfExited("waiting for its window");
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"remote-viewer showed no window in 30 s. Log {p.LogPath}:\n{p.LogTail()}");
                }
                await Task.Delay(250);
            }
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>The whole Xvfb screen.</summary>
    public Task<PeerImage> ScreenshotAsync() => Xvfb.ScreenshotAsync();

    /// <summary>Takes screenshots until <paramref name="accept"/> holds (bounded); returns the last one either way.</summary>
    public async Task<(PeerImage Image, bool Accepted)> ScreenshotWhenAsync(Func<PeerImage, bool> accept, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            _process.ThrowIfExited("taking screenshots");
            var img = await ScreenshotAsync();
            if (accept(img))
            {
                return (img, true);
            }
            if (DateTime.UtcNow > deadline)
            {
                return (img, false);
            }
            await Task.Delay(500);
        }
    }

    public string LogTail(int lines = 20) => _process.LogTail(lines);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
