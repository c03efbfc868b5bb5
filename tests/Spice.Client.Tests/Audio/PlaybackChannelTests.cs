using Spice.Client.Tests.Fakes;
using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Client.Tests.Audio;

/// <summary>Our playback and record channels against a scripted server that sends bad audio.</summary>
public sealed class PlaybackChannelTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly Spice.Protocol.Messages.Main.ChannelId[] AudioChannels = [new(ChannelType.Playback, 0), new(ChannelType.Record, 0)];

    [Fact]
    public async Task BadPlaybackPacketsAreDroppedCountedAndTheChannelGoesOn()
    {
        var good = new byte[AudioFrame.RawBytes];
        RawPcm.Write(SineWave.Generate(440, 0.01), good);
        var encoder = new OpusAudioEncoder();
        var opusPacket = new byte[AudioFrame.MaxOpusBytes];
        var opusLength = encoder.Encode(SineWave.Generate(440, 0.01), opusPacket);
        var done = new TaskCompletionSource();
        var subscribed = new TaskCompletionSource();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            var mess = await c.ReadLinkAsync(ct);
            await c.SendReplyAsync(LinkError.Ok, new Capabilities().Set(PlaybackCapability.Opus).Set(PlaybackCapability.Volume), ct);
            await c.ReadTicketAsync(ct);
            await c.SendResultAsync(LinkError.Ok, ct);
            if (mess.ChannelType == ChannelType.Main)
            {
                await ServeLinkedMainAsync(c, ct);
                return;
            }

            if (mess.ChannelType != ChannelType.Playback)
            {
                await FakeScripts.DrainAsync(c, ct);
                return;
            }

            Assert.True(mess.ChannelCaps.Has(PlaybackCapability.Opus));
            await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
            await c.SendAsync(new PlaybackData { Time = 1, Data = good }, ct);
            await c.SendAsync(new PlaybackMode { Time = 0, Mode = AudioDataMode.Raw }, ct);
            await c.SendAsync(new PlaybackStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48_000, Time = 0 }, ct);
            await c.SendAsync(new PlaybackData { Time = 2, Data = good }, ct);
            await c.SendAsync(new PlaybackData { Time = 3, Data = new byte[7] }, ct);
            await c.SendAsync(new PlaybackData { Time = 4, Data = new byte[200_000] }, ct);
            await c.SendAsync(new EmptyMessage((ushort)PlaybackMessageType.Data), ct);
            await c.SendAsync(new EmptyMessage((ushort)PlaybackMessageType.Volume), ct);
            await c.SendAsync(new PlaybackMode { Time = 0, Mode = AudioDataMode.Celt051 }, ct);
            await c.SendAsync(new PlaybackData { Time = 5, Data = good }, ct);
            await c.SendAsync(new PlaybackMode { Time = 0, Mode = AudioDataMode.Opus }, ct);
            await c.SendAsync(new PlaybackData { Time = 6, Data = new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF } }, ct);
            await c.SendAsync(new PlaybackData { Time = 7, Data = new byte[3000] }, ct);
            await c.SendAsync(new PlaybackData { Time = 8, Data = opusPacket.AsMemory(0, opusLength) }, ct);
            await c.SendAsync(new PlaybackVolume { Volume = [100, 200] }, ct);
            await c.SendAsync(new PlaybackMute { Mute = 1 }, ct);
            await c.SendAsync(new PlaybackLatency { LatencyMs = 80 }, ct);
            await done.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options(), cancellationToken: Ct);
        var playback = session.Playback ?? throw new InvalidOperationException("no playback channel");
        var times = new List<uint>();
        playback.Audio += (time, samples) =>
        {
            lock (times)
            {
                times.Add(time);
                Assert.Equal(AudioFrame.Samples, samples.Length);
            }
        };
        subscribed.TrySetResult();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (playback.LatencyMs != 80)
        {
            Assert.True(DateTime.UtcNow < deadline, $"delivered {playback.PacketsDelivered}, dropped {playback.PacketsDropped}");
            await Task.Delay(20);
        }

        Assert.False(playback.Closed.IsCompleted);
        done.TrySetResult();
        lock (times)
        {
            Assert.Equal([2u, 8u], times);
        }

        Assert.Equal(9, playback.PacketsDropped);
        Assert.Equal(AudioDataMode.Opus, playback.Mode);
        Assert.Equal([100, 200], playback.Volume);
        Assert.True(playback.Muted);
    }

    [Fact]
    public async Task WithoutOpusTheClientAnnouncesNeitherCodecCapAndRecordsRaw()
    {
        var recordMode = new TaskCompletionSource<(AudioDataMode Mode, bool RecordOpus)>();
        var playbackOpus = new TaskCompletionSource<bool>();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            var mess = await c.ReadLinkAsync(ct);
            await c.SendReplyAsync(LinkError.Ok, new Capabilities().Set(RecordCapability.Opus), ct);
            await c.ReadTicketAsync(ct);
            await c.SendResultAsync(LinkError.Ok, ct);
            switch (mess.ChannelType)
            {
                case ChannelType.Main:
                    await ServeLinkedMainAsync(c, ct);
                    return;
                case ChannelType.Playback:
                    playbackOpus.TrySetResult(mess.ChannelCaps.Has(PlaybackCapability.Opus));
                    await FakeScripts.DrainAsync(c, ct);
                    return;
                default:
                    var recordOpus = mess.ChannelCaps.Has(RecordCapability.Opus);
                    await c.SendAsync(new RecordStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48_000 }, ct);
                    var mode = RecordMode.Read((await c.ExpectAsync(RecordClientMessageType.Mode, ct)).AsMemory());
                    recordMode.TrySetResult((mode.Mode, recordOpus));
                    await FakeScripts.DrainAsync(c, ct);
                    return;
            }
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options() with { OpusAudio = false }, cancellationToken: Ct);
        var (got, recordAnnounced) = await recordMode.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        var playbackAnnounced = await playbackOpus.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        Assert.Equal(AudioDataMode.Raw, got);
        Assert.False(playbackAnnounced);
        Assert.False(recordAnnounced);
    }

    /// <summary>The main channel after its link: init, channels list with playback and record, then drain.</summary>
    private static async Task ServeLinkedMainAsync(FakeConnection c, CancellationToken ct)
    {
        await c.SendAsync(new Spice.Protocol.Messages.Main.MainInit { SessionId = FakeScripts.SessionId, SupportedMouseModes = 1, CurrentMouseMode = 1 }, ct);
        await c.ExpectAsync(MainClientMessageType.AttachChannels, ct);
        await c.SendAsync(new Spice.Protocol.Messages.Main.ChannelsList { Channels = AudioChannels }, ct);
        await FakeScripts.DrainAsync(c, ct);
    }
}
