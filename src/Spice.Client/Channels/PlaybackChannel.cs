using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Spice.Client.Audio;
using Spice.Client.Connection;
using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;

namespace Spice.Client.Channels;

/// <summary>
/// The playback channel: the server's sound, raw S16 or Opus (announced only when
/// <see cref="SpiceConnectOptions.OpusAudio"/> is on), decoded to interleaved S16 and delivered
/// with the server's multimedia time through <see cref="Audio"/> and <see cref="ReadAsync"/>.
/// Volume, mute and latency are tracked and raised. A bad packet is dropped and counted; the
/// channel keeps running.
/// </summary>
public sealed class PlaybackChannel : SpiceChannel
{
    /// <summary>Packets buffered for <see cref="ReadAsync"/> (5 s of 10 ms frames); older ones are dropped first.</summary>
    private const int Backlog = 500;

    private readonly AudioPacketDecoder _decoder = new();
    private Channel<PlaybackAudio>? _delivered;
    private KeyValuePair<string, object?> _modeTag = new("mode", "raw");
    private bool _badLogged;

    internal PlaybackChannel(LinkedStream link, ILogger logger) : base(link, logger)
    {
        On(PlaybackMessageType.Mode, Guard(OnMode));
        On(PlaybackMessageType.Start, Guard(OnStart));
        On(PlaybackMessageType.Stop, OnStop);
        On(PlaybackMessageType.Data, Guard(OnData));
        On(PlaybackMessageType.Volume, Guard(OnVolume));
        On(PlaybackMessageType.Mute, Guard(OnMute));
        On(PlaybackMessageType.Latency, Guard(OnLatency));
    }

    internal static Capabilities ClientCaps(bool opus)
    {
        var caps = new Capabilities().Set(PlaybackCapability.Volume).Set(PlaybackCapability.Latency);
        return opus ? caps.Set(PlaybackCapability.Opus) : caps;
    }

    /// <summary>What the server sends: raw or Opus (Invalid until its MODE message).</summary>
    public AudioDataMode Mode { get; private set; }

    public bool Playing { get; private set; }

    /// <summary>From START: channels and sample rate of the stream.</summary>
    public uint Channels { get; private set; } = AudioFrame.Channels;

    public uint Frequency { get; private set; } = AudioFrame.SampleRate;

    /// <summary>Per-channel volume the server set (0..65535), empty until it sets one.</summary>
    public IReadOnlyList<ushort> Volume { get; private set; } = [];

    public bool Muted { get; private set; }

    public uint LatencyMs { get; private set; }

    /// <summary>Audio packets delivered so far.</summary>
    public long PacketsDelivered { get; private set; }

    /// <summary>Audio packets dropped as malformed or in a wrong mode.</summary>
    public long PacketsDropped { get; private set; }

    /// <summary>Raised on the read loop with each decoded packet.</summary>
    public event PlaybackAudioHandler? Audio;

    /// <summary>START, STOP, MODE, volume, mute or latency changed.</summary>
    public event EventHandler? StateChanged;

    /// <summary>Decoded packets as they arrive; one reader at a time.</summary>
    public async IAsyncEnumerable<PlaybackAudio> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = LazyInitializer.EnsureInitialized(ref _delivered, () => Channel.CreateBounded<PlaybackAudio>(
            new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true }));
        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private MessageHandler Guard(Action<ReadOnlyMemory<byte>> handle) => (body, _) =>
    {
        try
        {
            handle(body);
        }
        catch (SpiceProtocolException)
        {
            Drop("short");
        }

        return ValueTask.CompletedTask;
    };

    private void OnMode(ReadOnlyMemory<byte> body)
    {
        var mode = PlaybackMode.Read(body).Mode;
        if (mode is not (AudioDataMode.Raw or AudioDataMode.Opus))
        {
            SetMode(AudioDataMode.Invalid);
            Drop("unsupported mode");
            return;
        }

        if (mode == AudioDataMode.Opus && !ClientChannelCaps.Has(PlaybackCapability.Opus))
        {
            SetMode(AudioDataMode.Invalid);
            Drop("Opus without the capability");
            return;
        }

        SetMode(mode);
        _modeTag = new("mode", mode == AudioDataMode.Opus ? "opus" : "raw");
        AudioLog.PlaybackMode(Logger, (string)_modeTag.Value!);
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private void OnStart(ReadOnlyMemory<byte> body)
    {
        var start = PlaybackStart.Read(body);
        if (start.Format != AudioFormat.S16 || start.Channels is 0 or > 8 || start.Frequency is 0 or > 192_000)
        {
            Drop("unsupported format");
            return;
        }

        Channels = start.Channels;
        Frequency = start.Frequency;
        Playing = true;
        _decoder.Reset();
        AudioLog.PlaybackStarted(Logger, start.Channels, start.Frequency, start.Time);
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private ValueTask OnStop(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Playing = false;
        StateChanged?.Invoke(this, EventArgs.Empty);
        return ValueTask.CompletedTask;
    }

    // PlaybackPacket { uint32 time; uint8 data[] }
    private void OnData(ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        if (span.Length < 4)
        {
            Drop("short");
            return;
        }

        var time = BinaryPrimitives.ReadUInt32LittleEndian(span);
        var error = _decoder.TryDecode(span[4..], (int)Channels, out var pcm);
        if (error != AudioPacketError.None)
        {
            Drop(AudioPacketDecoder.Describe(error));
            return;
        }

        PacketsDelivered++;
        AudioMetrics.PlaybackFrames.Add(1, _modeTag);
        Audio?.Invoke(time, pcm);
        Volatile.Read(ref _delivered)?.Writer.TryWrite(new PlaybackAudio(time, pcm.ToArray()));
    }

    private void OnVolume(ReadOnlyMemory<byte> body)
    {
        Volume = PlaybackVolume.Read(body).Volume;
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private void OnMute(ReadOnlyMemory<byte> body)
    {
        Muted = PlaybackMute.Read(body).Mute != 0;
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private void OnLatency(ReadOnlyMemory<byte> body)
    {
        LatencyMs = PlaybackLatency.Read(body).LatencyMs;
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private void SetMode(AudioDataMode mode)
    {
        Mode = mode;
        _decoder.SetEncoding(mode switch
        {
            AudioDataMode.Raw => AudioEncoding.Raw,
            AudioDataMode.Opus => AudioEncoding.Opus,
            _ => AudioEncoding.None,
        });
    }

    private void Drop(string reason)
    {
        PacketsDropped++;
        AudioMetrics.BadPackets.Add(1, new KeyValuePair<string, object?>("reason", reason));
        if (!_badLogged)
        {
            _badLogged = true;
            AudioLog.BadPacket(Logger, "playback", reason);
        }
    }
}
