using System.Collections.Concurrent;
using Spice.Codecs.Opus;
using Spice.Server;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>
/// spice-gtk (spicy, on Xvfb) records its default PulseAudio source, a 660 Hz module-sine-source,
/// when our server sends RECORD START; our server receives the tone, Opus and raw.
/// </summary>
public sealed class SpiceGtkRecordTests
{
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
        while (received.Sum(p => p.Length) < 48_000 * 2)
        {
            spicy.ThrowIfExited("recording");
            Assert.True(DateTime.UtcNow < deadline, $"got {received.Sum(p => p.Length)} samples in 20 s; source outputs:\n{await pulse.SourceOutputsAsync()}\nspicy:\n{spicy.LogTail()}");
            await Task.Delay(100);
        }

        Assert.Equal(opus ? 1 : 0, server.Audio.OpusRecordClients);
        server.Audio.StopRecording();
        var pcm = received.SelectMany(p => p).ToArray();
        Assert.True(AudioLevel.Rms(pcm) > 0.01, $"RMS {AudioLevel.Rms(pcm):F4}: silence");
        Assert.InRange(ToneAnalysis.DominantFrequency(pcm), 658, 662);
    }
}
