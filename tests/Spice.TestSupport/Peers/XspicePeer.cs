using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>
/// Xspice: an X server whose screen is served over SPICE on 127.0.0.1:<see cref="Port"/>. X clients
/// started with <see cref="RunX"/> draw on it. Xspice ignores SIGTERM, so it (and its Xorg child) get SIGKILL.
/// </summary>
public sealed partial class XspicePeer : IAsyncDisposable
{
    private const string Config = """
        Section "Device"
            Identifier "XSPICE"
            Driver "spiceqxl"
            Option "SpiceAddr" "127.0.0.1"
            Option "FrameBufferSize" "16"
            Option "SurfaceBufferSize" "64"
            Option "CommandBufferSize" "128"
        EndSection
        Section "InputDevice"
            Identifier "XSPICE POINTER"
            Driver "xspice pointer"
        EndSection
        Section "InputDevice"
            Identifier "XSPICE KEYBOARD"
            Driver "xspice keyboard"
        EndSection
        Section "Monitor"
            Identifier "Configured Monitor"
        EndSection
        Section "Screen"
            Identifier "XSPICE Screen"
            Monitor "Configured Monitor"
            Device "XSPICE"
            DefaultDepth 24
        EndSection
        Section "ServerLayout"
            Identifier "XSPICE Example"
            Screen "XSPICE Screen"
            InputDevice "XSPICE KEYBOARD"
            InputDevice "XSPICE POINTER"
        EndSection
        Section "ServerFlags"
            Option "AutoAddDevices" "False"
        EndSection

        """;

    private readonly PeerProcess _server;
    private readonly List<PeerProcess> _clients = [];

    private XspicePeer(PeerProcess server, int displayNumber, int port, string? password, string workDir)
    {
        _server = server;
        DisplayNumber = displayNumber;
        Port = port;
        Password = password;
        WorkDir = workDir;
    }

    public int DisplayNumber { get; }
    public string Display => ":" + DisplayNumber.ToString(CultureInfo.InvariantCulture);
    public int Port { get; }
    public string Host => "127.0.0.1";
    public string? Password { get; }
    public string WorkDir { get; }
    public string LogPath => _server.LogPath;
    public string XorgLogPath => Path.Combine(WorkDir, "Xorg.log");

    /// <param name="password">The ticket; null disables ticketing.</param>
    /// <param name="audioFifoDir">
    /// Xspice plays 48 kHz stereo S16LE written to FIFOs created in this directory after it starts
    /// (Option "SpicePlaybackFIFODir"), as Opus to clients that announce it (playback compression on).
    /// </param>
    public static async Task<XspicePeer> StartAsync(string? password = null, string? audioFifoDir = null)
    {
        PeerTools.Require("Xspice", "Xorg", "xdpyinfo");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(password, audioFifoDir);
            }
            catch (Exception) when (attempt < 3)
            {
                // another run may have taken the display or port between picking and binding it
            }
        }
    }

    private static async Task<XspicePeer> TryStartAsync(string? password, string? audioFifoDir)
    {
        var display = XDisplay.Allocate();
        var port = FreePort.Get();
        var dir = PeerTools.NewWorkDir($"xspice-{port}");
        var conf = Path.Combine(dir, "xspice.conf");
        var config = audioFifoDir is null ? Config : Config.Replace("Option \"SpiceAddr\" \"127.0.0.1\"", $"Option \"SpiceAddr\" \"127.0.0.1\"\n    Option \"SpicePlaybackFIFODir\" \"{audioFifoDir}\"\n    Option \"SpicePlaybackCompression\" \"True\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(conf, config);
        var args = new List<string> { "--config", conf, "--numheads", "1", "--port", port.ToString(CultureInfo.InvariantCulture) };
        args.AddRange(password is null ? ["--disable-ticketing"] : ["--password", password]);
        args.AddRange(["-nolisten", "tcp", "-noreset", "-logfile", Path.Combine(dir, "Xorg.log"), ":" + display.ToString(CultureInfo.InvariantCulture)]);
        var server = ProcessRunner.Start($"Xspice:{display}", "Xspice", args, Path.Combine(dir, "xspice.log"), sigkillOnly: true);
        var peer = new XspicePeer(server, display, port, password, dir);
        try
        {
            await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(30), server);
            await XvfbPeer.WaitForXAsync(peer.Display, TimeSpan.FromSeconds(20), server);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts an X client (xterm, xsetroot, xeyes…) on this display; killed on dispose.</summary>
    public PeerProcess RunX(string program, params string[] args)
    {
        var p = ProcessRunner.Start($"{program}@{Display}", program, args,
            Path.Combine(WorkDir, $"{Path.GetFileName(program)}-{_clients.Count}.log"),
            new Dictionary<string, string> { ["DISPLAY"] = Display });
        lock (_clients)
        {
            _clients.Add(p);
        }
        return p;
    }

    /// <summary>Runs an X program to completion on this display (e.g. xsetroot, xdotool).</summary>
    public Task<ProcessRunnerResult> RunXToEndAsync(string program, params string[] args) =>
        ProcessRunner.RunAsync(program, args, TimeSpan.FromSeconds(20), new Dictionary<string, string> { ["DISPLAY"] = Display });

    public async ValueTask DisposeAsync()
    {
        List<PeerProcess> clients;
        lock (_clients)
        {
            clients = [.. _clients];
        }
        foreach (var c in clients)
        {
            await c.DisposeAsync();
        }
        await _server.DisposeAsync();
        XDisplay.IsFree(DisplayNumber); // drops the lock file of the now-dead (zombie) Xorg
    }
}
