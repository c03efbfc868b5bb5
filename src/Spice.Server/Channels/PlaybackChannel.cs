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

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body) =>
        ServerLog.UnknownMessage(Logger, Session.Id, Name, type);

    /// <summary>What a client learns first; called under the audio lock so nothing overtakes it.</summary>
    internal void SendInitial(bool active, ushort[]? volume, bool muted, uint? latencyMs)
    {
        var mode = Mode;
        var now = Server.Clock.Now;
        Enqueue(b =>
        {
            b.Begin((ushort)PlaybackMessageType.Mode);
            b.WriteUInt32(now);
            b.WriteUInt16((ushort)mode);
            b.End();
        });
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

    internal void SendStart(uint time) => Enqueue(b =>
    {
        b.Begin((ushort)PlaybackMessageType.Start);
        b.WriteUInt32(AudioFrame.Channels);
        b.WriteUInt16((ushort)AudioFormat.S16);
        b.WriteUInt32(AudioFrame.SampleRate);
        b.WriteUInt32(time);
        b.End();
    });

    internal void SendStop()
    {
        _queue.Clear();
        Enqueue(b =>
        {
            b.Begin((ushort)PlaybackMessageType.Stop);
            b.End();
        });
    }

    internal void SendVolume(ushort[] volume)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Volume))
        {
            Enqueue(b => AudioControl.WriteVolume(b, (ushort)PlaybackMessageType.Volume, volume));
        }
    }

    internal void SendMute(bool muted)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Volume))
        {
            Enqueue(b => AudioControl.WriteMute(b, (ushort)PlaybackMessageType.Mute, muted));
        }
    }

    internal void SendLatency(uint milliseconds)
    {
        if (ChannelCaps.Has((int)PlaybackCapability.Latency))
        {
            Enqueue(b =>
            {
                b.Begin((ushort)PlaybackMessageType.Latency);
                b.WriteUInt32(milliseconds);
                b.End();
            });
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

    // PlaybackPacket { uint32 time; uint8 data[] } with data one raw S16LE frame or one Opus packet.
    protected override void Produce(MessageBuilder builder, int messageBudget)
    {
        while (messageBudget-- > 0 && _queue.TryTake(_frame, out var time))
        {
            builder.Begin((ushort)PlaybackMessageType.Data);
            builder.WriteUInt32(time);
            if (_encoder is null)
            {
                RawPcm.Write(_frame, builder.Grow(AudioFrame.RawBytes));
            }
            else
            {
                try
                {
                    var length = _encoder.Encode(_frame, builder.GetSpan(AudioFrame.MaxOpusBytes));
                    builder.Advance(length);
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
