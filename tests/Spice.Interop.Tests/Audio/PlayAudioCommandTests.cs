using System.Collections.Concurrent;
using Spice.Codecs.Opus;
using Spice.Interop.Tests.Client;
using Spice.Server;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>`spice play-audio` sends a WAV (here mono 44.1 kHz, converted) as the microphone of our server.</summary>
public sealed class PlayAudioCommandTests
{
    [Theory]
    [InlineData("raw")]
    [InlineData("opus")]
    public async Task Play_audio_reaches_the_server_as_recorded_audio(string codec)
    {
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, new SpiceDisplay(64, 48));
        var recorded = new ConcurrentQueue<short[]>();
        server.Audio.Recorded += (_, _, samples) => recorded.Enqueue(samples.ToArray());
        server.Audio.StartRecording();
        await server.StartAsync();
        var converted = PcmConversion.ToSpiceFormat(MonoAt44100(660, 2), 44_100, 1);
        Assert.Equal(2 * 48_000 * 2, converted.Length);
        Assert.InRange(ToneAnalysis.DominantFrequency(converted), 659, 661);
        var wav = Path.Combine(PeerTools.NewWorkDir("play-audio"), "tone.wav");
        await File.WriteAllBytesAsync(wav, WavFile.Encode(MonoAt44100(660, 2), 44_100, 1));

        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "play-audio", $"spice://127.0.0.1:{server.Port}", wav, "--codec", codec);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains($"({codec},", result.StdOut, StringComparison.Ordinal);
        var samples = recorded.SelectMany(s => s).ToArray();
        Assert.InRange(samples.Length, 190 * AudioFrame.Samples, 200 * AudioFrame.Samples);
        Assert.InRange(ToneAnalysis.DominantFrequency(samples), 658, 662);
    }

    private static short[] MonoAt44100(double frequency, double seconds)
    {
        var samples = new short[(int)(44_100 * seconds)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(Math.Sin(2 * Math.PI * frequency * i / 44_100) * 16000);
        }

        return samples;
    }
}
