using System.Diagnostics;

namespace Spice.TestSupport.Peers;

/// <summary>
/// A real QEMU (qxl, SPICE on 127.0.0.1:<see cref="Port"/>, QMP on a unix socket), no disk and no NIC:
/// either the SeaBIOS screen or the test guest. Disposing kills it.
/// </summary>
public sealed class QemuPeer : IAsyncDisposable
{
    private readonly PeerProcess _process;

    private QemuPeer(PeerProcess process, QemuOptions options, int port, string workDir, GuestImage? guest)
    {
        _process = process;
        Options = options;
        Port = port;
        WorkDir = workDir;
        Guest = guest;
    }

    public QemuOptions Options { get; }
    public int Port { get; }
    public string Host => "127.0.0.1";
    public string WorkDir { get; }
    public GuestImage? Guest { get; }
    public string QmpSocketPath => Path.Combine(WorkDir, "qmp.sock");
    public string SerialLogPath => Path.Combine(WorkDir, "serial.log");
    public string LogPath => _process.LogPath;
    public PeerProcess Process => _process;

    /// <summary>Time from start to listening port (BIOS) or to GUEST-READY (guest).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>spice://127.0.0.1:PORT (with ?password=… when set), as remote-viewer takes it.</summary>
    public string Uri => Options.Password is null ? $"spice://{Host}:{Port}" : $"spice://{Host}:{Port}?password={System.Uri.EscapeDataString(Options.Password)}";

    public static async Task<QemuPeer> StartAsync(QemuOptions? options = null)
    {
        options ??= QemuOptions.Bios;
        PeerTools.Require("qemu-system-x86_64");
        var guest = options.GuestMode is null ? null : await GuestImage.EnsureBuiltAsync();
        var port = FreePort.Get();
        var dir = PeerTools.NewWorkDir($"qemu-{port}");
        var spice = $"port={port},addr=127.0.0.1";
        var args = new List<string>
        {
            "-machine", "accel=tcg", "-m", (options.MemoryMb ?? (guest is null ? 128 : 512)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-display", "none", "-vga", "qxl", "-nic", "none", "-no-user-config",
            "-qmp", $"unix:{Path.Combine(dir, "qmp.sock")},server=on,wait=off",
        };
        if (options.Password is null)
        {
            spice += ",disable-ticketing=on";
        }
        else
        {
            args.AddRange(["-object", $"secret,id=spicepw,data={options.Password}"]);
            spice += ",password-secret=spicepw";
        }
        if (!string.IsNullOrEmpty(options.SpiceOptions))
        {
            spice += "," + options.SpiceOptions;
        }
        args.AddRange(["-spice", spice]);
        if (guest is not null)
        {
            args.AddRange([
                "-kernel", guest.Kernel, "-initrd", guest.Initrd,
                "-append", $"console=ttyS0 quiet guestmode={options.GuestMode} {options.GuestAppend}".TrimEnd(),
                "-serial", $"file:{Path.Combine(dir, "serial.log")}",
            ]);
        }
        args.AddRange(options.ExtraArgs);
        var sw = Stopwatch.StartNew();
        var process = ProcessRunner.Start($"qemu:{port}", "qemu-system-x86_64", args, Path.Combine(dir, "qemu.log"), sigkillOnly: true);
        var peer = new QemuPeer(process, options, port, dir, guest);
        try
        {
            await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(30), process);
            if (guest is not null)
            {
                await peer.WaitForSerialAsync("GUEST-READY", options.ReadyTimeout);
            }
            peer.StartupTime = sw.Elapsed;
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the guest's serial log contains <paramref name="marker"/>; returns that line.</summary>
    public async Task<string> WaitForSerialAsync(string marker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var line = ReadSerial().Split('\n').FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal));
            if (line is not null)
            {
                return line.TrimEnd('\r');
            }
            _process.ThrowIfExited($"waiting for '{marker}' on the serial port (serial tail:\n{ProcessRunner.TailFile(SerialLogPath)})");
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"no '{marker}' on the guest serial port after {timeout.TotalSeconds} s. Serial {SerialLogPath}:\n" +
                    $"{ProcessRunner.TailFile(SerialLogPath)}\nQEMU log {LogPath}:\n{_process.LogTail()}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The whole serial log so far (empty when none).</summary>
    public string ReadSerial()
    {
        try
        {
            using var fs = new FileStream(SerialLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var r = new StreamReader(fs);
            return r.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }

    /// <summary>Sends one QMP command (after the capabilities handshake) and returns the reply JSON.</summary>
    public async Task<string> QmpAsync(string json, TimeSpan? timeout = null)
    {
        var replies = await QmpClient.SendAsync(QmpSocketPath, timeout ?? TimeSpan.FromSeconds(20), json);
        return replies[0];
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    public override string ToString() => $"QEMU on {Host}:{Port} ({(Options.GuestMode is null ? "BIOS" : "guest " + Options.GuestMode)}{(Options.SpiceOptions is null ? "" : ", " + Options.SpiceOptions)})";
}
