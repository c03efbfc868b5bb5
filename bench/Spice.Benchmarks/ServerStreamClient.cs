using System.Diagnostics;
using System.Globalization;
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
        await using var host = await ServerStreamHostProcess.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = host.Port });
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
        await host.BeginWindowAsync();
        var d0 = Interlocked.Read(ref drawn);
        var clientCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(seconds * 1000);
        var received = Interlocked.Read(ref drawn) - d0;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu0).TotalMilliseconds;
        var window = await host.EndWindowAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"streams created: {streams}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client drew {received} frames in {seconds} s: {received / (double)seconds:F1} fps (server sent {window.FramesSent / window.Seconds:F1} fps)"));
        host.PrintServerCpu(window);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client (not pinned) CPU {clientCpu / seconds / 10:F0}% of one core = {clientCpu / Math.Max(1, received):F1} ms per frame drawn"));
        ServerStreamHostProcess.PrintBytes(window);
    }
}
