using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>
/// Xspice with the real guest agent: spice-vdagentd and spice-vdagent (X11) run against its display.
/// The Xspice script cannot do this with a config file of ours (`--vdagent` with `--config` dies on an
/// undefined temp dir, and without `--vdagent` it exports XSPICE_VDAGENT_ENABLED=0, which beats the
/// config), so this starts Xorg itself with the spiceqxl options the script would have set, then the
/// two agent processes the way the script launches them. Files the agent receives land in <see cref="DownloadDir"/>.
/// </summary>
public sealed partial class XspicePeer
{
    public string? AgentDir { get; private set; }

    public string DownloadDir => Path.Combine(AgentDir ?? throw new InvalidOperationException("started without an agent"), "downloads");

    public string VdagentLogPath => Path.Combine(WorkDir, "spice-vdagent.log");

    public string VdagentdLogPath => Path.Combine(WorkDir, "spice-vdagentd.log");

    /// <summary>Starts Xorg-spiceqxl with <paramref name="heads"/> QXL heads (QXL_NUM_HEADS; xrandr shows qxl-0, qxl-1...) and the agent.</summary>
    public static async Task<XspicePeer> StartWithAgentAsync(string? password = null, int heads = 1)
    {
        PeerTools.Require("Xorg", "xdpyinfo", "spice-vdagent", "spice-vdagentd");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartWithAgentAsync(password, heads);
            }
            catch (Exception) when (attempt < 3)
            {
                // another run may have taken the display or port between picking and binding it
            }
        }
    }

    private static async Task<XspicePeer> TryStartWithAgentAsync(string? password, int heads)
    {
        var display = XDisplay.Allocate();
        var port = FreePort.Get();
        var dir = PeerTools.NewWorkDir($"xspice-agent-{port}");
        var virtio = Path.Combine(dir, "vdagent.virtio");
        var uinput = Path.Combine(dir, "vdagent.uinput");
        var udcs = Path.Combine(dir, "vdagent.udcs");
        var conf = Path.Combine(dir, "xspice.conf");
        await File.WriteAllTextAsync(conf, Config.Replace(
            "Option \"SpiceAddr\" \"127.0.0.1\"",
            $"Option \"SpiceAddr\" \"127.0.0.1\"\n    Option \"SpiceVdagentEnabled\" \"1\"\n    Option \"SpiceVdagentVirtioPath\" \"{virtio}\"\n    Option \"SpiceVdagentUinputPath\" \"{uinput}\"",
            StringComparison.Ordinal));
        var env = new Dictionary<string, string>
        {
            ["XSPICE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["QXL_NUM_HEADS"] = heads.ToString(CultureInfo.InvariantCulture),
        };
        if (password is null)
        {
            env["XSPICE_DISABLE_TICKETING"] = "1";
        }
        else
        {
            env["XSPICE_PASSWORD"] = password;
        }

        var xorg = PeerTools.Resolve("/usr/lib/xorg/Xorg") is { } direct ? direct : "Xorg";
        string[] args = ["-config", conf, "-noreset", "-nolisten", "tcp", "-logfile", Path.Combine(dir, "Xorg.log"), ":" + display.ToString(CultureInfo.InvariantCulture)];
        var server = ProcessRunner.Start($"Xorg-spiceqxl:{display}", xorg, args, Path.Combine(dir, "xspice.log"), env, sigkillOnly: true);
        var peer = new XspicePeer(server, display, port, password, dir) { AgentDir = dir };
        try
        {
            await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(30), server);
            await XvfbPeer.WaitForXAsync(peer.Display, TimeSpan.FromSeconds(20), server);
            await WaitForFileAsync(virtio, server);
            Directory.CreateDirectory(peer.DownloadDir);
            peer.Track(ProcessRunner.Start($"spice-vdagentd@{peer.Display}", "spice-vdagentd",
                ["-d", "-f", "-x", "-X", "-S", udcs, "-s", virtio, "-u", uinput], peer.VdagentdLogPath));
            await WaitForFileAsync(udcs, server);
            peer.Track(ProcessRunner.Start($"spice-vdagent@{peer.Display}", "spice-vdagent",
                ["-d", "-x", "-s", virtio, "-S", udcs, "-f", peer.DownloadDir, "-o", "0"], peer.VdagentLogPath,
                new Dictionary<string, string> { ["DISPLAY"] = peer.Display }));
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitForFileAsync(string path, PeerProcess owner)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!File.Exists(path))
        {
            owner.ThrowIfExited($"waiting for {path}");
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{path} did not appear within 20 s; log: {owner.LogTail()}");
            }

            await Task.Delay(50);
        }
    }

    private void Track(PeerProcess process)
    {
        lock (_clients)
        {
            _clients.Add(process);
        }
    }
}
