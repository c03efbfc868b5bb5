using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Spice.Client;
using Spice.Client.Canvas;
using Spice.Client.Connection;

namespace Spice.Benchmarks;

/// <summary>
/// <c>server-stream</c>: starts the host pinned to CPU 0 (<c>taskset -c 0</c>), connects our client
/// over loopback, waits for the stream, then counts the frames the client draws for a while and
/// prints fps, the server's CPU time per frame and bytes per frame against raw.
/// </summary>
internal static class ServerStreamClient
{
    public static async Task RunAsync(int seconds)
    {
        var port = FreePort();
        var self = Assembly.GetExecutingAssembly().Location;
        var start = new ProcessStartInfo("taskset", ["-c", "0", Environment.ProcessPath!, self, "server-stream-host", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var host = Process.Start(start)!;
        try
        {
            var ready = (await host.StandardOutput.ReadLineAsync())!.Split(' ');
            var baseline = double.Parse(ready[1], CultureInfo.InvariantCulture);
            await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = port });
            var drawn = 0L;
            var streams = 0;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (session.Displays.Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            var canvas = (DisplayCanvas)typeof(Spice.Client.Channels.DisplayChannel)
                .GetField("_canvas", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(session.Displays[0])!;
            canvas.StreamFrameDrawn += _ => Interlocked.Increment(ref drawn);
            canvas.StreamChanged += (_, created) => Interlocked.Add(ref streams, created ? 1 : 0);
            while (Volatile.Read(ref streams) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            await Task.Delay(2000);
            await host.StandardInput.WriteLineAsync("start");
            var d0 = Interlocked.Read(ref drawn);
            var clientCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            await Task.Delay(seconds * 1000);
            var received = Interlocked.Read(ref drawn) - d0;
            var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu0).TotalMilliseconds;
            await host.StandardInput.WriteLineAsync("stop");
            var result = (await host.StandardOutput.ReadLineAsync())!.Split(' ');
            var elapsed = double.Parse(result[1], CultureInfo.InvariantCulture);
            var cpu = double.Parse(result[2], CultureInfo.InvariantCulture);
            var sent = long.Parse(result[3], CultureInfo.InvariantCulture);
            var frameBytes = long.Parse(result[4], CultureInfo.InvariantCulture);
            var displayBytes = long.Parse(result[5], CultureInfo.InvariantCulture);
            var encodeMs = double.Parse(result[6], CultureInfo.InvariantCulture);
            const double raw = 1920 * 1080 * 4;
            var serverCpu = cpu - (baseline * elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"streams created: {streams}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client drew {received} frames in {seconds} s: {received / (double)seconds:F1} fps (server sent {sent / elapsed:F1} fps)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host CPU {cpu / elapsed / 10:F0}% of one core; animation alone {baseline / 10:F0}%; server {serverCpu / elapsed / 10:F0}% = {serverCpu / Math.Max(1, sent):F1} ms CPU per frame, of which JPEG encode {encodeMs / Math.Max(1, sent):F1} ms (wall)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client (not pinned) CPU {clientCpu / seconds / 10:F0}% of one core = {clientCpu / Math.Max(1, received):F1} ms per frame drawn"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes per frame: {frameBytes / (double)Math.Max(1, sent):N0} JPEG, {displayBytes / (double)Math.Max(1, sent):N0} on the display channel, raw {raw:N0} ({100 * displayBytes / Math.Max(1, sent) / raw:F1}%)"));
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill();
            }

            await host.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
