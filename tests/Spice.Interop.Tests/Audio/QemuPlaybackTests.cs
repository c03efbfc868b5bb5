using Spice.Client;
using Spice.Client.Connection;
using Spice.Codecs.Opus;
using Spice.Interop.Tests.Client;
using Spice.Protocol.Messages.Playback;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>
/// QEMU's spice-server plays the guest's 440 Hz tone to our client: raw when we do not announce
/// Opus, Opus when we do; `spice record-audio` saves it as a WAV with the right pitch and length.
/// </summary>
public sealed class QemuPlaybackTests(QemuToneFixture fixture) : IClassFixture<QemuToneFixture>
{
    private const int Seconds = 3;

    [Theory]
    [InlineData("raw")]
    [InlineData("opus")]
    public async Task Record_audio_saves_the_guest_tone(string codec)
    {
        var qemu = fixture.Qemu;
        await qemu.WaitForSerialAsync("GUEST-TONE iter=", TimeSpan.FromSeconds(90));
        var path = Path.Combine(PeerTools.NewWorkDir("record-audio"), $"qemu-{codec}.wav");

        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(90), "record-audio", qemu.Uri, "-o", path, "--seconds", Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--codec", codec);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains($"({codec}, 48000 Hz, 2 channels", result.StdOut, StringComparison.Ordinal);
        var samples = WavFile.Decode(await File.ReadAllBytesAsync(path), out var rate, out var channels);
        Assert.Equal(48_000, rate);
        Assert.Equal(2, channels);
        Assert.Equal(Seconds * 48_000 * 2, samples.Length);
        Assert.InRange(ToneAnalysis.DominantFrequency(samples, maxSeconds: 2), 438, 442);
        Assert.True(AudioLevel.Rms(samples) > 0.05, $"RMS {AudioLevel.Rms(samples):F3}: mostly silence");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Playback_timestamps_follow_the_audio(bool opus)
    {
        var qemu = fixture.Qemu;
        await qemu.WaitForSerialAsync("GUEST-TONE iter=", TimeSpan.FromSeconds(90));
        var options = SpiceUri.Parse(qemu.Uri) with { OpusAudio = opus, ConnectTimeout = TimeSpan.FromSeconds(10) };
        await using var session = await SpiceSession.ConnectAsync(options);
        var playback = session.Playback ?? throw new InvalidOperationException("QEMU offered no playback channel");
        var packets = new List<(uint Time, int Samples)>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var total = 0;
        playback.Audio += (time, samples) =>
        {
            lock (packets)
            {
                packets.Add((time, samples.Length));
                total += samples.Length;
                if (total >= Seconds * 48_000 * 2)
                {
                    enough.TrySetResult();
                }
            }
        };

        await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(opus ? AudioDataMode.Opus : AudioDataMode.Raw, playback.Mode);
        Assert.Equal(0, playback.PacketsDropped);
        lock (packets)
        {
            Assert.All(packets, p => Assert.Equal(AudioFrame.Samples, p.Samples));
            var stamped = (double)(packets[^1].Time - packets[0].Time + AudioFrame.DurationMs);
            var audio = AudioFrame.Milliseconds(total);
            Assert.True(stamped >= audio * 0.99, $"{audio} ms of audio stamped over {stamped} ms");
        }
    }
}
