using Spice.Client;
using Spice.Client.Audio;
using Spice.Codecs.Opus;
using Spice.Protocol.Messages.Playback;
using Xunit.Abstractions;

namespace Spice.Server.Tests.Audio;

/// <summary>
/// A minute of audio each way between our client and our server, raw and Opus at once: four
/// streams that must arrive complete, at the right pitch, and keep time to within 1 %.
/// </summary>
public sealed class AudioDriftTests(ITestOutputHelper output)
{
    private const double Seconds = 60;

    private const double MaxDriftPercent = 1.0;

    private const long PushedSamples = (long)(Seconds * AudioFrame.SampleRate) * AudioFrame.Channels;

    /// <summary>
    /// Both ends stamp a frame by its place in the stream, so a burst after a stalled send loop
    /// still steps 10 ms at a time.
    /// </summary>
    private const uint StampStepMs = AudioFrame.DurationMs;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(Seconds + 60);

    [Fact]
    public async Task AMinuteEachWayRawAndOpusKeepsPitchAndTime()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var ct = timeout.Token;
        await using var server = await TestServer.StartAsync(password: null);
        var audio = server.Server.Audio;
        await using var opusClient = await AudioLoopbackTests.ConnectAsync(server, opus: true);
        await using var rawClient = await AudioLoopbackTests.ConnectAsync(server, opus: false);

        var opusPlayback = new TimedAudio("playback to the Opus client", () => opusClient.MultimediaTime);
        var rawPlayback = new TimedAudio("playback to the raw client", () => rawClient.MultimediaTime);
        var opusRecord = new TimedAudio("record from the Opus client", () => audio.MultimediaTime);
        var rawRecord = new TimedAudio("record from the raw client", () => audio.MultimediaTime);
        opusClient.Playback!.Audio += opusPlayback.Add;
        rawClient.Playback!.Audio += rawPlayback.Add;
        audio.Recorded += (session, time, samples) =>
        {
            if (session == opusClient.SessionId)
            {
                opusRecord.Add(time, samples);
            }
            else if (session == rawClient.SessionId)
            {
                rawRecord.Add(time, samples);
            }
        };
        await WaitUntilAsync(() => audio.PlaybackClients == 2 && audio.RecordClients == 2, ct);

        opusClient.Record!.Source = new PcmAudioSource(SineWave.Generate(660, Seconds));
        rawClient.Record!.Source = new PcmAudioSource(SineWave.Generate(880, Seconds));
        audio.StartRecording();
        await audio.PlayToneAsync(440, TimeSpan.FromSeconds(Seconds), cancellationToken: ct);
        await WaitUntilAsync(() => opusClient.Record.Recording && rawClient.Record.Recording, ct);
        await Task.WhenAll(opusClient.Record.Drained, rawClient.Record.Drained).WaitAsync(ct);
        await WaitUntilAsync(
            () => opusPlayback.SampleCount >= PushedSamples && rawPlayback.SampleCount >= PushedSamples
                && opusRecord.SampleCount >= PushedSamples && rawRecord.SampleCount >= PushedSamples,
            ct,
            orAfter: TimeSpan.FromSeconds(5));

        foreach (var flow in (TimedAudio[])[opusPlayback, rawPlayback, opusRecord, rawRecord])
        {
            output.WriteLine(flow.Summary(PushedSamples));
        }

        Assert.Equal(AudioDataMode.Opus, opusClient.Playback.Mode);
        Assert.Equal(AudioDataMode.Raw, rawClient.Playback.Mode);
        Assert.Equal(AudioDataMode.Opus, opusClient.Record.Mode);
        Assert.Equal(AudioDataMode.Raw, rawClient.Record.Mode);
        Assert.Equal(0, opusClient.Playback.PacketsDropped + rawClient.Playback.PacketsDropped);
        opusPlayback.AssertMatches(440, PushedSamples, MaxDriftPercent, StampStepMs);
        rawPlayback.AssertMatches(440, PushedSamples, MaxDriftPercent, StampStepMs);
        opusRecord.AssertMatches(660, PushedSamples, MaxDriftPercent, StampStepMs);
        rawRecord.AssertMatches(880, PushedSamples, MaxDriftPercent, StampStepMs);
    }

    /// <summary>Waits for <paramref name="condition"/>; with <paramref name="orAfter"/>, gives up quietly then and lets the assertions say what is missing.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken, TimeSpan? orAfter = null)
    {
        var giveUp = orAfter is { } after ? DateTime.UtcNow + after : DateTime.MaxValue;
        while (!condition() && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(20, cancellationToken);
        }
    }
}
