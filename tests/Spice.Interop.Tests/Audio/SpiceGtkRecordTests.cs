using System.Collections.Concurrent;
using Spice.Codecs.Opus;
using Spice.Server;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Audio;

/// <summary>
/// spice-gtk (spicy, on Xvfb) records its default PulseAudio source, a 660 Hz tone (PulseAudioPeer.UseSineSourceAsync),
/// when our server sends RECORD START; our server receives the tone, Opus and raw.
/// </summary>
public sealed class SpiceGtkRecordTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(6);

    /// <summary>Half of real time: room for a starved client on a busy machine, far above a source that drops audio.</summary>
    private const double MinCapturedShare = 0.5;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Spicy_sends_its_microphone_to_our_server(bool opus)
    {
        await using var pulse = await PulseAudioPeer.StartAsync();
        await pulse.UseSineSourceAsync(660);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, new SpiceDisplay(320, 200));
        server.Audio.OpusEnabled = opus;
        var received = new ConcurrentQueue<short[]>();
        server.Audio.Recorded += (_, _, samples) => received.Enqueue(samples.ToArray());
        await server.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync(800, 600);
        var env = new Dictionary<string, string>(pulse.ClientEnvironment) { ["GDK_BACKEND"] = "x11", ["NO_AT_BRIDGE"] = "1" };
        await using var spicy = xvfb.Start("spicy", "spicy", ["-h", "127.0.0.1", "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], env);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (server.Audio.RecordClients == 0)
        {
            spicy.ThrowIfExited("linking its record channel");
            Assert.True(DateTime.UtcNow < deadline, $"spicy linked no record channel in 30 s:\n{spicy.LogTail()}");
            await Task.Delay(100);
        }

        await Task.Delay(1000);
        Assert.True(received.IsEmpty, "spicy sent audio before RECORD START");
        server.Audio.StartRecording();
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (received.IsEmpty)
        {
            spicy.ThrowIfExited("recording");
            Assert.True(DateTime.UtcNow < deadline, $"no audio 20 s after RECORD START; source outputs:\n{await pulse.SourceOutputsAsync()}\nspicy:\n{spicy.LogTail()}");
            await Task.Delay(100);
        }

        // Capture is continuous when the audio delivered over a stretch of wall time is most of
        // that time; a source that loses audio (or arrives in rare bursts) delivers a fraction.
        var before = received.Sum(p => (long)p.Length);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(Window);
        var capturedMs = AudioFrame.Milliseconds(received.Sum(p => (long)p.Length) - before);
        var wallMs = watch.Elapsed.TotalMilliseconds;
        output.WriteLine($"spicy sent {capturedMs:F0} ms of audio in {wallMs:F0} ms");
        Assert.True(capturedMs >= wallMs * MinCapturedShare, $"spicy sent {capturedMs:F0} ms of audio in {wallMs:F0} ms; source outputs:\n{await pulse.SourceOutputsAsync()}");

        Assert.Equal(opus ? 1 : 0, server.Audio.OpusRecordClients);
        server.Audio.StopRecording();
        var pcm = received.SelectMany(p => p).ToArray();
        Assert.True(AudioLevel.Rms(pcm) > 0.01, $"RMS {AudioLevel.Rms(pcm):F4}: silence");
        Assert.InRange(ToneAnalysis.DominantFrequency(pcm), 658, 662);
    }
}
