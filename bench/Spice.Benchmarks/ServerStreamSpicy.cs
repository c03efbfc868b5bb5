using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Spice.TestSupport.Peers;

namespace Spice.Benchmarks;

/// <summary>
/// <c>server-stream-spicy</c>: the <c>server-stream</c> host (pinned to CPU 0) watched by the real
/// spice-gtk client, spicy, on a private Xvfb screen with its debug log on. After the stream is
/// created and has run 2 s, the frames spicy handled in the window are counted from that log:
/// spice-gtk logs "video margin: N" for each frame that arrives in time, "stream data too late"
/// for one that arrives late (the built-in MJPEG decoder drops those unseen) and "rendering too
/// late ... dropping" for one its decoder drops because its display time has passed. Nothing is
/// logged per frame decoded, so frames shown = in time - dropped at rendering: spice-gtk's own
/// out/in formula (<c>display_stream_stats_debug</c>).
/// </summary>
internal static class ServerStreamSpicy
{
    private const int ScreenWidth = 2560;
    private const int ScreenHeight = 1440;
    private const int ClockTicksPerSecond = 100;

    public static async Task RunAsync(int seconds)
    {
        // Ctrl+C or SIGTERM end the run through the awaits below, so the disposals kill spicy, Xvfb and the host.
        using var interrupted = new CancellationTokenSource();
        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            await MeasureAsync(seconds, interrupted.Token);
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            Console.Error.WriteLine("interrupted; spicy, Xvfb and the host are stopped");
        }
    }

    private static async Task MeasureAsync(int seconds, CancellationToken cancel)
    {
        await using var host = await ServerStreamHostProcess.StartAsync();
        // Larger than the 1920x1080 display so spicy shows it 1:1, with no scaling cost.
        await using var xvfb = await XvfbPeer.StartAsync(ScreenWidth, ScreenHeight);
        string[] args = ["-h", "127.0.0.1", "-p", host.Port.ToString(CultureInfo.InvariantCulture), "--spice-debug", "--spice-disable-audio"];
        // Only spice-gtk's own domain: GLib's I/O debug lines would cost spicy time and say nothing about frames.
        var env = new Dictionary<string, string> { ["SPICE_DEBUG"] = "1", ["G_MESSAGES_DEBUG"] = "GSpice" };
        await using var spicy = xvfb.Start("spicy", "spicy", args, env);
        Console.WriteLine($"Xvfb {xvfb.Display} -screen 0 {ScreenWidth}x{ScreenHeight}x24 -nolisten tcp -noreset");
        Console.WriteLine($"DISPLAY={xvfb.Display} {string.Join(' ', env.Select(e => $"{e.Key}={e.Value}"))} spicy {string.Join(' ', args)}");
        Console.WriteLine($"spicy log: {spicy.LogPath}");

        await WaitForLogAsync(spicy, "display_handle_stream_create", TimeSpan.FromSeconds(30), cancel);
        await Task.Delay(2000, cancel);
        spicy.ThrowIfExited("streaming");

        await host.BeginWindowAsync();
        var log0 = CompleteLength(spicy.LogPath);
        var spicyCpu0 = CpuMs(spicy.Pid);
        var xvfbPid = XvfbPid(xvfb.Display);
        var xvfbCpu0 = xvfbPid is { } p0 ? CpuMs(p0) : 0;
        await Task.Delay(seconds * 1000, cancel);
        var log1 = CompleteLength(spicy.LogPath);
        var spicyCpu = CpuMs(spicy.Pid) - spicyCpu0;
        var xvfbCpu = xvfbPid is { } p1 ? CpuMs(p1) - xvfbCpu0 : double.NaN;
        var window = await host.EndWindowAsync();
        spicy.ThrowIfExited("streaming");

        var counts = SpicyFrameCounts.Parse(ReadRange(spicy.LogPath, log0, log1));
        var shown = counts.InTime - counts.DroppedAtRendering;
        var received = counts.InTime + counts.Late;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"streams created in the window: {counts.StreamsCreated}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spicy received {received} frames in {seconds} s: {received / (double)seconds:F1} fps (server sent {window.FramesSent / window.Seconds:F1} fps); {counts.Late} arrived late, {counts.DroppedAtRendering} dropped at rendering"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spicy decoded and showed {shown} frames: {shown / (double)seconds:F1} fps"));
        host.PrintServerCpu(window);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spicy (not pinned) CPU {spicyCpu / seconds / 10:F0}% of one core = {spicyCpu / Math.Max(1, shown):F1} ms per frame shown; Xvfb {xvfbCpu / seconds / 10:F0}%"));
        ServerStreamHostProcess.PrintBytes(window);
    }

    private static async Task WaitForLogAsync(PeerProcess peer, string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            peer.ThrowIfExited($"waiting for \"{text}\"");
            if (ReadRange(peer.LogPath, 0, CompleteLength(peer.LogPath)).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"spicy did not log \"{text}\" in {timeout.TotalSeconds} s. Log {peer.LogPath}:\n{peer.LogTail(40)}");
    }

    /// <summary>The length of the log up to and including its last newline, so a window never splits a line.</summary>
    private static long CompleteLength(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = file.Length;
        var buffer = new byte[4096];
        while (length > 0)
        {
            var start = Math.Max(0, length - buffer.Length);
            file.Position = start;
            file.ReadExactly(buffer, 0, (int)(length - start));
            var newline = Array.LastIndexOf(buffer, (byte)'\n', (int)(length - start - 1));
            if (newline >= 0)
            {
                return start + newline + 1;
            }

            length = start;
        }

        return 0;
    }

    private static string ReadRange(string path, long from, long to)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[to - from];
        file.Position = from;
        file.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>User plus system CPU milliseconds of a process, all threads, from /proc (clock ticks of 10 ms on Linux).</summary>
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: field 14 (utime) and 15 (stime) of stat(5) are the 12th and 13th here.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / ClockTicksPerSecond;
    }

    /// <summary>The Xvfb serving <paramref name="display"/> (XvfbPeer keeps its process to itself).</summary>
    private static int? XvfbPid(string display)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (cmdline.Length > 1 && Path.GetFileName(cmdline[0]) == "Xvfb" && cmdline[1] == display)
                {
                    return pid;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }
}
