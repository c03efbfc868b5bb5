using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;
using Spice.Server.Audio;

namespace Spice.Server.Channels;

/// <summary>
/// The record channel: volume and mute when set, START while the embedder records; the client
/// answers with MODE (raw or Opus), START_MARK and DATA packets, which are decoded and handed to
/// <see cref="SpiceAudio"/>. A malformed packet, or data in a mode the server cannot decode, is
/// dropped and counted; the channel keeps running.
/// </summary>
internal sealed class RecordChannel : ChannelConnection
{
    private static readonly RecordStart Start = new() { Channels = AudioFrame.Channels, Format = AudioFormat.S16, Frequency = AudioFrame.SampleRate };
    private static readonly EmptyMessage Stop = new((ushort)RecordMessageType.Stop);
    private static readonly RecordMute Muted = new() { Mute = 1 };
    private static readonly RecordMute Unmuted = new() { Mute = 0 };

    private readonly SpiceAudio _audio;
    private readonly AudioPacketDecoder _decoder = new();
    private bool _badLogged;

    public RecordChannel(ChannelContext context) : base(context, ChannelType.Record, usesAcks: false)
    {
        _audio = context.Server.Audio;
        _decoder.SetEncoding(AudioEncoding.Raw);
    }

    /// <summary>The mode the client chose last.</summary>
    internal AudioDataMode Mode { get; private set; } = AudioDataMode.Raw;

    /// <summary>The client's multimedia time at which its recording started (START_MARK).</summary>
    public uint StartTime { get; private set; }

    protected override void OnStart() => _audio.Attach(this);

    protected override void OnClosed(string reason)
    {
        _audio.Detach(this);
        base.OnClosed(reason);
    }

    /// <summary>
    /// A record message the client sent, read with its Spice.Protocol class; one cut short is
    /// dropped and counted like any bad packet, and the channel keeps running.
    /// </summary>
    protected override void OnMessage(ushort type, ReadOnlyMemory<byte> body)
    {
        try
        {
            switch ((RecordClientMessageType)type)
            {
                case RecordClientMessageType.Mode:
                    SetMode(SpiceMessage.Read<RecordMode>(body).Mode);
                    break;
                case RecordClientMessageType.StartMark:
                    StartTime = SpiceMessage.Read<RecordStartMark>(body).Time;
                    break;
                case RecordClientMessageType.Data:
                    var data = RecordData.Read(body.Span, out var time);
                    OnData(time, data);
                    break;
                default:
                    ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                    break;
            }
        }
        catch (SpiceProtocolException)
        {
            Drop("short");
        }
    }

    private void SetMode(AudioDataMode mode)
    {
        var encoding = mode switch
        {
            AudioDataMode.Raw => AudioEncoding.Raw,
            AudioDataMode.Opus => AudioEncoding.Opus,
            _ => AudioEncoding.None,
        };
        Mode = encoding == AudioEncoding.None ? AudioDataMode.Invalid : mode;
        _decoder.SetEncoding(encoding);
        if (encoding == AudioEncoding.None)
        {
            Drop("unsupported mode");
            return;
        }

        AudioLog.RecordMode(Logger, Session.Id, encoding == AudioEncoding.Opus ? "opus" : "raw");
    }

    private void OnData(uint time, ReadOnlySpan<byte> data)
    {
        var error = _decoder.TryDecode(data, AudioFrame.Channels, out var samples);
        if (error != AudioPacketError.None)
        {
            Drop(AudioPacketDecoder.Describe(error));
            return;
        }

        AudioMetrics.RecordPackets.Add(1);
        _audio.Deliver(Session.Id, time, samples);
    }

    private void Drop(string reason)
    {
        AudioMetrics.BadPackets.Add(1, new KeyValuePair<string, object?>("reason", reason));
        if (!_badLogged)
        {
            _badLogged = true;
            AudioLog.BadPacket(Logger, Session.Id, Name, reason);
        }
    }

    internal void SendInitial(bool active, ushort[]? volume, bool muted)
    {
        if (volume is not null)
        {
            SendVolume(volume);
            SendMute(muted);
        }
        else if (muted)
        {
            SendMute(muted);
        }

        if (active)
        {
            SendStart();
        }
    }

    internal void SendStart() => Enqueue(Start);

    internal void SendStop() => Enqueue(Stop);

    /// <summary><paramref name="volume"/> is the audio's own copy, never changed once set, so the message can share it.</summary>
    internal void SendVolume(ushort[] volume)
    {
        if (ChannelCaps.Has((int)RecordCapability.Volume))
        {
            Enqueue(new RecordVolume { Volume = volume });
        }
    }

    internal void SendMute(bool muted)
    {
        if (ChannelCaps.Has((int)RecordCapability.Volume))
        {
            Enqueue(muted ? Muted : Unmuted);
        }
    }
}
