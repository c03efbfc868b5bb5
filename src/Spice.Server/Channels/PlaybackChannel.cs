using Spice.Codecs;
using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Server.Audio;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The playback channel: MODE (Opus when the client announces it and the embedder allows it,
/// else raw), then volume, mute and latency when set, START while the embedder plays, and one
/// DATA message per 10 ms frame. Frames wait in a small ring; a client that falls behind loses
/// the oldest ones. No ACK window: audio is paced by its producer, not by the client.
/// </summary>
internal sealed class PlaybackChannel : ChannelConnection
{
    /// <summary>
    /// Two seconds of frames (about 384 KB per client): the send loop can be starved for more than half a
    /// second on a busy 2-core machine, and a shorter queue then drops audio the client would still play.
    /// </summary>
    private const int QueueFrames = 200;

    private static readonly EmptyMessage Stop = new((ushort)PlaybackMessageType.Stop);
    private static readonly PlaybackMute Muted = new() { Mute = 1 };
    private static readonly PlaybackMute Unmuted = new() { Mute = 0 };

    private readonly SpiceAudio _audio;
    private readonly PlaybackFrameQueue _queue = new(QueueFrames);
    private readonly short[] _frame = new short[AudioFrame.Samples];
    private readonly OpusAudioEncoder? _encoder;
    private readonly KeyValuePair<string, object?> _modeTag;
    private long _dropped;

    public PlaybackChannel(ChannelContext context) : base(context, ChannelType.Playback, usesAcks: false)
    {
        _audio = context.Server.Audio;
        Mode = _audio.OpusEnabled && ChannelCaps.Has((int)PlaybackCapability.Opus) ? AudioDataMode.Opus : AudioDataMode.Raw;
        _encoder = Mode == AudioDataMode.Opus ? new OpusAudioEncoder() : null;
        _modeTag = new("mode", Mode == AudioDataMode.Opus ? "opus" : "raw");
    }

    public AudioDataMode Mode { get; }

    protected override void OnStart()
    {
        AudioLog.PlaybackMode(Logger, Session.Id, _modeTag.Value!.ToString()!);
        _audio.Attach(this);
    }

    protected override void OnClosed(string reason)
    {
        _audio.Detach(this);
        base.OnClosed(reason);
    }

    /// <summary>What a client learns first; called under the audio lock so nothing overtakes it.</summary>
    internal void SendInitial(bool active, ushort[]? volume, bool muted, uint? latencyMs)
    {
        var now = Server.Clock.Now;
        Enqueue(new PlaybackMode { Time = now, Mode = Mode });
        if (volume is not null)
        {
            SendVolume(volume);
            SendMute(muted);
        }
        else if (muted)
        {
            SendMute(muted);
        }

        if (latencyMs is { } latency)
        {
            SendLatency(latency);
        }

        if (active)
        {
            SendStart(now);
        }
    }

    internal void SendStart(uint time) => Enqueue(new PlaybackStart
    {
        Channels = AudioFrame.Channels,
        Format = AudioFormat.S16,
        Frequency = AudioFrame.SampleRate,
        Time = time,
    });

    internal void SendStop()
    {
        _queue.Clear();
        Enqueue(Stop);
    }

    /// <summary><paramref name="volume"/> is the audio's own copy, never changed once set, so the message can share it.</summary>
    internal void SendVolume(ushort[] volume)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Volume))
        {
            Enqueue(new PlaybackVolume { Volume = volume });
        }
    }

    internal void SendMute(bool muted)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Volume))
        {
            Enqueue(muted ? Muted : Unmuted);
        }
    }

    internal void SendLatency(uint milliseconds)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Latency))
        {
            Enqueue(new PlaybackLatency { LatencyMs = milliseconds });
        }
    }

    /// <summary>Called by <see cref="SpiceAudio"/> on the embedder's thread for every complete frame.</summary>
    internal void QueueFrame(ReadOnlySpan<short> frame, uint time)
    {
        if (!_queue.Add(frame, time))
        {
            var dropped = ++_dropped;
            AudioMetrics.FramesDropped.Add(1);
            if (dropped == 1 || dropped % 100 == 0)
            {
                AudioLog.FramesDropped(Logger, Session.Id, dropped);
            }
        }

        Signal();
    }

    /// <summary>
    /// One DATA per queued frame, laid out in place: the header through <see cref="PlaybackData.WriteHeader"/>,
    /// then the frame converted or encoded straight into the batch, so a packet costs no copy and no allocation.
    /// </summary>
    protected override void Produce(MessageBuilder builder, int messageBudget)
    {
        var w = builder.Writer;
        while (messageBudget-- > 0 && _queue.TryTake(_frame, out var time))
        {
            builder.Begin((ushort)PlaybackMessageType.Data);
            PlaybackData.WriteHeader(w, time);
            if (_encoder is null)
            {
                w.Advance(RawPcm.Write(_frame, w.GetSpan(AudioFrame.RawBytes)));
            }
            else
            {
                try
                {
                    w.Advance(_encoder.Encode(_frame, w.GetSpan(AudioFrame.MaxOpusBytes)));
                }
                catch (CodecException e)
                {
                    builder.Abandon();
                    AudioLog.BadPacket(Logger, Session.Id, Name, e.Message);
                    continue;
                }
            }

            builder.End();
            AudioMetrics.FramesSent.Add(1, _modeTag);
        }
    }
}
