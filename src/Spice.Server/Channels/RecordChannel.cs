using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Server.Audio;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The record channel: volume and mute when set, START while the embedder records; the client
/// answers with MODE (raw or Opus), START_MARK and DATA packets, which are decoded and handed to
/// <see cref="SpiceAudio"/>. A malformed packet, or data in a mode the server cannot decode, is
/// dropped and counted; the channel keeps running.
/// </summary>
internal sealed class RecordChannel : ChannelConnection
{
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

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body)
    {
        try
        {
            var r = new SpanReader(body);
            switch ((RecordClientMessageType)type)
            {
                case RecordClientMessageType.Mode:
                    r.UInt32();
                    SetMode((AudioDataMode)r.UInt16());
                    break;
                case RecordClientMessageType.StartMark:
                    StartTime = r.UInt32();
                    break;
                case RecordClientMessageType.Data:
                    var time = r.UInt32();
                    OnData(time, r.Rest());
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

    // RecordMode { uint32 time; uint16 mode; uint8 data[] }
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

    // RecordPacket { uint32 time; uint8 data[] }
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

    internal void SendStart() => Enqueue(b =>
    {
        b.Begin((ushort)RecordMessageType.Start);
        b.WriteUInt32(AudioFrame.Channels);
        b.WriteUInt16((ushort)AudioFormat.S16);
        b.WriteUInt32(AudioFrame.SampleRate);
        b.End();
    });

    internal void SendStop() => Enqueue(b =>
    {
        b.Begin((ushort)RecordMessageType.Stop);
        b.End();
    });

    internal void SendVolume(ushort[] volume)
    {
        if (ChannelCaps.Has((int)Spice.Protocol.RecordCapability.Volume))
        {
            Enqueue(b => AudioControl.WriteVolume(b, (ushort)RecordMessageType.Volume, volume));
        }
    }

    internal void SendMute(bool muted)
    {
        if (ChannelCaps.Has((int)Spice.Protocol.RecordCapability.Volume))
        {
            Enqueue(b => AudioControl.WriteMute(b, (ushort)RecordMessageType.Mute, muted));
        }
    }
}
