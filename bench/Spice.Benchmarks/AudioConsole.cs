using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Codecs.Opus;
using Spice.Server;

namespace Spice.Benchmarks;

/// <summary>
/// <c>audio [seconds]</c>: our server plays to our client over loopback in real time, raw and then
/// Opus, a 440 Hz tone and then a music-like signal. Per run: end-to-end latency of each 10 ms
/// frame from <see cref="SpiceAudio.PushPlayback(ReadOnlySpan{short}, uint)"/> to the client's
/// decoded delivery (median, 95th percentile, max), frames lost, and the playback channel's bytes
/// on the wire as a bitrate.
/// </summary>
internal static class AudioConsole
{
    public static bool Handles(string[] args) => args is ["audio", ..];

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        Console.WriteLine($"{"mode",-5} {"signal",-6} {"frames",7} {"lost",5} {"median ms",10} {"p95 ms",7} {"max ms",7} {"kbit/s",8}");
        foreach (var opus in (bool[])[false, true])
        {
            foreach (var signal in (string[])["tone", "music"])
            {
                var samples = signal == "tone" ? SineWave.Generate(440, seconds) : AudioBenchmarks.Music(seconds * 100);
                await RunOnceAsync(opus, signal, samples);
            }
        }
    }

    private static async Task RunOnceAsync(bool opus, string signal, short[] samples)
    {
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, new SpiceDisplay(64, 48));
        server.Audio.OpusEnabled = opus;
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port, OpusAudio = opus });
        var playback = session.Playback ?? throw new InvalidOperationException("no playback channel");
        var pushedAt = new ConcurrentDictionary<uint, long>();
        var latencies = new ConcurrentBag<double>();
        playback.Audio += (time, _) =>
        {
            var now = Stopwatch.GetTimestamp();
            if (pushedAt.TryRemove(time, out var at))
            {
                latencies.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
            }
        };
        while (server.Audio.PlaybackClients == 0)
        {
            await Task.Delay(10);
        }

        long bytes = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Spice.Server" && instrument.Name == "spice.server.bytes_sent")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "channel", Value: "playback" })
                {
                    Interlocked.Add(ref bytes, value);
                }
            }
        });
        listener.Start();

        var frames = samples.Length / AudioFrame.Samples;
        var startTime = server.Audio.MultimediaTime;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < frames; i++)
        {
            // Paced by the clock, as a sound card delivers: frame i is pushed once i * 10 ms have passed.
            var wait = TimeSpan.FromMilliseconds(i * AudioFrame.DurationMs) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var time = startTime + ((uint)i * AudioFrame.DurationMs);
            pushedAt[time] = Stopwatch.GetTimestamp();
            server.Audio.PushPlayback(samples.AsSpan(i * AudioFrame.Samples, AudioFrame.Samples), time);
        }

        var wallSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (latencies.Count < frames && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var sorted = latencies.Order().ToArray();
        var kbits = Interlocked.Read(ref bytes) * 8 / 1000.0 / (frames / 100.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(opus ? "opus" : "raw"),-5} {signal,-6} {frames,7} {frames - sorted.Length,5} {Percentile(sorted, 0.5),10:F2} {Percentile(sorted, 0.95),7:F2} {sorted.LastOrDefault(),7:F2} {kbits,8:F1}"));
        if (wallSeconds > frames / 100.0 * 1.05)
        {
            Console.WriteLine($"  (the producer took {wallSeconds:F1} s for {frames / 100.0:F1} s of audio: the machine starved it)");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
