using Spice.Codecs.Opus;
using Spice.Server;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>
/// spice-gtk (spicy, on Xvfb) plays our server's 440 Hz tone into a headless PulseAudio null sink;
/// parec on the sink's monitor hears it. Opus when the server allows it (spice-gtk announces
/// Opus), raw PCM when the server is told not to compress.
/// </summary>
public sealed class SpiceGtkPlaybackTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Spicy_plays_our_tone_into_pulseaudio(bool opus)
    {
        await using var pulse = await PulseAudioPeer.StartAsync();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, new SpiceDisplay(320, 200));
        server.Audio.OpusEnabled = opus;
        await server.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync(800, 600);
        var env = new Dictionary<string, string>(pulse.ClientEnvironment) { ["GDK_BACKEND"] = "x11", ["NO_AT_BRIDGE"] = "1" };
        await using var spicy = xvfb.Start("spicy", "spicy", ["-h", "127.0.0.1", "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], env);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (server.Audio.PlaybackClients == 0)
        {
            spicy.ThrowIfExited("linking its playback channel");
            Assert.True(DateTime.UtcNow < deadline, $"spicy linked no playback channel in 30 s:\n{spicy.LogTail()}");
            await Task.Delay(100);
        }

        Assert.Equal(opus ? 1 : 0, server.Audio.OpusPlaybackClients);
        var tone = server.Audio.PlayToneAsync(440, TimeSpan.FromSeconds(30), 0.5, stop.Token);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var heard = await pulse.RecordAsync(TimeSpan.FromSeconds(3));
            var sinkInputs = await pulse.SinkInputsAsync();
            Assert.True(heard.Length > 48_000 * 2, $"parec got {heard.Length} samples; sink inputs:\n{sinkInputs}\nspicy:\n{spicy.LogTail()}");
            Assert.True(AudioLevel.Rms(heard) > 0.05, $"RMS {AudioLevel.Rms(heard):F3}: silence; sink inputs:\n{sinkInputs}\nspicy:\n{spicy.LogTail()}");
            Assert.InRange(ToneAnalysis.DominantFrequency(heard), 438, 442);
        }
        finally
        {
            await stop.CancelAsync();
            await tone.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
