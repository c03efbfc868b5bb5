using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Drawing;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Spice.Server;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// The server side of <c>server-stream</c>: a 1920x1080 display whose whole surface is redrawn about
/// 60 times a second (a photo panning), served on a port. Reads "start" and "stop" on stdin and
/// prints the process CPU time, frames, bytes and JPEG encode milliseconds (wall, on the one pinned core) between them, and a baseline: the CPU time the
/// animation alone costs with no client.
/// </summary>
internal static class ServerStreamHost
{
    public static async Task RunAsync(int port)
    {
        var photo = Corpus.Load("photo");
        var display = new SpiceDisplay(1920, 1080);
        using var stop = new CancellationTokenSource();
        var animation = Task.Run(() => AnimateAsync(display, photo, stop.Token));

        var baselineSeconds = 3;
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(baselineSeconds * 1000);
        var baseline = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / baselineSeconds;

        long frames = 0, frameBytes = 0, displayBytes = 0;
        double encodeMs = 0;
        var encodeLock = new object();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Spice.Server" && instrument.Name is "spice.server.stream_frames" or "spice.server.stream_bytes" or "spice.server.bytes_sent" or "spice.server.stream_encode_time")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            switch (instrument.Name)
            {
                case "spice.server.stream_frames":
                    Interlocked.Add(ref frames, value);
                    break;
                case "spice.server.stream_bytes":
                    Interlocked.Add(ref frameBytes, value);
                    break;
                default:
                    foreach (var tag in tags)
                    {
                        if (tag is { Key: "channel", Value: "display" })
                        {
                            Interlocked.Add(ref displayBytes, value);
                        }
                    }

                    break;
            }
        });
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (encodeLock)
            {
                encodeMs += value;
            }
        });
        listener.Start();

        // SPICE_BENCH_LOG=1 prints the server's debug log (stream reports: client lateness, quality, interval) to stderr.
        using var logging = Environment.GetEnvironmentVariable("SPICE_BENCH_LOG") == "1"
            ? LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Debug))
            : null;
        await using var server = new SpiceServer(new SpiceServerOptions { Port = port, LoggerFactory = logging }, display);
        await server.StartAsync();
        Console.WriteLine($"ready {baseline.ToString("F1", CultureInfo.InvariantCulture)}");

        await Console.In.ReadLineAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long f0 = Interlocked.Read(ref frames), b0 = Interlocked.Read(ref frameBytes), d0 = Interlocked.Read(ref displayBytes);
        double e0;
        lock (encodeLock)
        {
            e0 = encodeMs;
        }

        await Console.In.ReadLineAsync();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var seconds = clock.Elapsed.TotalSeconds;
        double encoded;
        lock (encodeLock)
        {
            encoded = encodeMs - e0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"result {seconds:F2} {used:F0} {Interlocked.Read(ref frames) - f0} {Interlocked.Read(ref frameBytes) - b0} {Interlocked.Read(ref displayBytes) - d0} {encoded:F0}"));
        await stop.CancelAsync();
        await animation;
    }

    private static async Task AnimateAsync(SpiceDisplay display, CorpusImage photo, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(16));
        var frame = 0;
        var pan = new byte[(photo.Width + 256) * photo.Height * 4];
        for (var y = 0; y < photo.Height; y++)
        {
            photo.Bgra.AsSpan(y * photo.Stride, photo.Stride).CopyTo(pan.AsSpan(y * (photo.Width + 256) * 4));
            photo.Bgra.AsSpan(y * photo.Stride, 256 * 4).CopyTo(pan.AsSpan((y * (photo.Width + 256) * 4) + photo.Stride));
        }

        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var x = (frame++ * 4) % 256;
                display.Write(pan.AsSpan(x * 4), (photo.Width + 256) * 4, new Rectangle(0, 0, 1920, 1080));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
