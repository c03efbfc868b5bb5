using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Spice.Benchmarks;

/// <summary>
/// The <c>server-stream-host</c> process as the stream modes drive it: started pinned to CPU 0
/// (<c>taskset -c 0</c>) on a free loopback port, told on stdin when the measured window starts and
/// stops, and read back (its baseline, then its figures for the window). Disposing kills it if it is still running.
/// </summary>
internal sealed class ServerStreamHostProcess : IAsyncDisposable
{
    private const double RawFrameBytes = 1920 * 1080 * 4;
    private readonly Process _process;

    private ServerStreamHostProcess(Process process, int port, double baseline)
    {
        _process = process;
        Port = port;
        Baseline = baseline;
    }

    public int Port { get; }

    /// <summary>CPU milliseconds per second the animation alone costs, measured before any client.</summary>
    public double Baseline { get; }

    public static async Task<ServerStreamHostProcess> StartAsync()
    {
        var port = FreePort();
        var self = Assembly.GetExecutingAssembly().Location;
        var start = new ProcessStartInfo("taskset", ["-c", "0", Environment.ProcessPath!, self, "server-stream-host", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var ready = (await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the stream host exited before it was ready")).Split(' ');
            return new ServerStreamHostProcess(process, port, double.Parse(ready[1], CultureInfo.InvariantCulture));
        }
        catch
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
            throw;
        }
    }

    public Task BeginWindowAsync() => _process.StandardInput.WriteLineAsync("start");

    public async Task<ServerStreamWindow> EndWindowAsync()
    {
        await _process.StandardInput.WriteLineAsync("stop");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = (await _process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the stream host exited before its result")).Split(' ');
        return new ServerStreamWindow(
            double.Parse(result[1], CultureInfo.InvariantCulture),
            double.Parse(result[2], CultureInfo.InvariantCulture),
            long.Parse(result[3], CultureInfo.InvariantCulture),
            long.Parse(result[4], CultureInfo.InvariantCulture),
            long.Parse(result[5], CultureInfo.InvariantCulture),
            double.Parse(result[6], CultureInfo.InvariantCulture));
    }

    /// <summary>The host's CPU: the server's share net of the animation baseline, per frame sent.</summary>
    public void PrintServerCpu(ServerStreamWindow w)
    {
        var serverCpu = w.CpuMs - (Baseline * w.Seconds);
        var sent = Math.Max(1, w.FramesSent);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host CPU {w.CpuMs / w.Seconds / 10:F0}% of one core; animation alone {Baseline / 10:F0}%; server {serverCpu / w.Seconds / 10:F0}% = {serverCpu / sent:F1} ms CPU per frame, of which JPEG encode {w.EncodeMs / sent:F1} ms (wall)"));
    }

    public static void PrintBytes(ServerStreamWindow w)
    {
        var sent = Math.Max(1, w.FramesSent);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes per frame: {w.FrameBytes / (double)sent:N0} JPEG, {w.DisplayBytes / (double)sent:N0} on the display channel, raw {RawFrameBytes:N0} ({100 * w.DisplayBytes / sent / RawFrameBytes:F1}%)"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
