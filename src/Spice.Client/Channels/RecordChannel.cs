using Microsoft.Extensions.Logging;
using Spice.Client.Audio;
using Spice.Client.Connection;
using Spice.Codecs;
using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Client.Channels;

/// <summary>
/// The record channel: when the server sends START, the client answers with MODE (Opus when the
/// server has the capability and <see cref="SpiceConnectOptions.OpusAudio"/> is on, else raw) and
/// START_MARK, then sends what <see cref="Source"/> yields as 10 ms DATA packets stamped with the
/// session's multimedia time at which they were captured, until STOP or the end of the source.
/// </summary>
public sealed class RecordChannel : SpiceChannel
{
    /// <summary>
    /// How far a packet's capture time may trail the clock before the source is taken to have
    /// lost audio (a paused microphone) rather than to be catching up after a stalled send loop.
    /// </summary>
    private const int MaxCaptureLagMs = 2000;

    private readonly Func<uint> _clock;
    private readonly bool _opus;
    private readonly Lock _gate = new();
    private readonly RecordPacket _packet = new(AudioFrame.RawBytes);
    private readonly short[] _frame = new short[AudioFrame.Samples];
    private IAudioSource? _source;
    private CancellationTokenSource? _pumpStop;
    private Task _pump = Task.CompletedTask;
    private bool _badLogged;

    internal RecordChannel(LinkedStream link, ILogger logger, bool opus, Func<uint> clock) : base(link, logger)
    {
        _opus = opus;
        _clock = clock;
        On(RecordMessageType.Start, OnStartAsync);
        On(RecordMessageType.Stop, OnStopAsync);
        On(RecordMessageType.Volume, OnVolume);
        On(RecordMessageType.Mute, OnMute);
    }

    internal static Capabilities ClientCaps(bool opus)
    {
        var caps = new Capabilities().Set(RecordCapability.Volume);
        return opus ? caps.Set(RecordCapability.Opus) : caps;
    }

    /// <summary>What this client sends: Raw or Opus once recording started, Invalid before.</summary>
    public AudioDataMode Mode { get; private set; }

    public bool Recording { get; private set; }

    public IReadOnlyList<ushort> Volume { get; private set; } = [];

    public bool Muted { get; private set; }

    public long PacketsSent { get; private set; }

    /// <summary>START, STOP, volume or mute changed.</summary>
    public event EventHandler? StateChanged;

    /// <summary>The microphone; read while the server records. Setting it while recording starts sending.</summary>
    public IAudioSource? Source
    {
        get => _source;
        set
        {
            lock (_gate)
            {
                _source = value;
                if (Recording && _pump.IsCompleted && value is not null)
                {
                    StartPump(value);
                }
            }
        }
    }

    /// <summary>Completes when the current source has been sent to its end (or recording stopped).</summary>
    public Task Drained
    {
        get
        {
            lock (_gate)
            {
                return _pump;
            }
        }
    }

    private async ValueTask OnStartAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        RecordStart start;
        try
        {
            start = RecordStart.Read(body);
        }
        catch (SpiceProtocolException)
        {
            Drop("short");
            return;
        }

        var opusPossible = start.Channels == AudioFrame.Channels && start.Frequency == AudioFrame.SampleRate;
        Mode = _opus && opusPossible && ServerChannelCaps.Has(RecordCapability.Opus) ? AudioDataMode.Opus : AudioDataMode.Raw;
        var now = _clock();
        await SendAsync(new RecordMode { Time = now, Mode = Mode }, cancellationToken).ConfigureAwait(false);
        await SendAsync(new RecordStartMark { Time = now }, cancellationToken).ConfigureAwait(false);
        AudioLog.RecordStarted(Logger, Mode == AudioDataMode.Opus ? "opus" : "raw", start.Channels, start.Frequency);
        lock (_gate)
        {
            Recording = true;
            if (_source is { } source && _pump.IsCompleted)
            {
                StartPump(source);
            }
        }

        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private async ValueTask OnStopAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Task pump;
        lock (_gate)
        {
            Recording = false;
            _pumpStop?.Cancel();
            pump = _pump;
        }

        await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        StateChanged?.Invoke(this, EventArgs.Empty);
    }

    private ValueTask OnVolume(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        try
        {
            Volume = RecordVolume.Read(body).Volume;
            StateChanged?.Invoke(this, EventArgs.Empty);
        }
        catch (SpiceProtocolException)
        {
            Drop("short");
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnMute(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        try
        {
            Muted = RecordMute.Read(body).Mute != 0;
            StateChanged?.Invoke(this, EventArgs.Empty);
        }
        catch (SpiceProtocolException)
        {
            Drop("short");
        }

        return ValueTask.CompletedTask;
    }

    private void StartPump(IAudioSource source)
    {
        _pumpStop?.Dispose();
        _pumpStop = new CancellationTokenSource();
        var token = _pumpStop.Token;
        var mode = Mode;
        _pump = Task.Run(() => PumpAsync(source, mode, token), CancellationToken.None);
    }

    private async Task PumpAsync(IAudioSource source, AudioDataMode mode, CancellationToken cancellationToken)
    {
        var encoder = mode == AudioDataMode.Opus ? new OpusAudioEncoder() : null;
        var frame = _frame.AsMemory();
        var tag = new KeyValuePair<string, object?>("mode", encoder is null ? "raw" : "opus");
        try
        {
            var filled = 0;
            var anchor = _clock();
            uint sent = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                var read = await source.ReadAsync(frame[filled..], cancellationToken).ConfigureAwait(false);
                if (read <= 0)
                {
                    return;
                }

                filled += read;
                if (filled < AudioFrame.Samples)
                {
                    continue;
                }

                filled = 0;
                _packet.Time = CaptureTime(ref anchor, sent++);
                _packet.Length = encoder is null
                    ? RawPcm.Write(_frame, _packet.Buffer)
                    : encoder.Encode(_frame, _packet.Buffer);
                await SendAsync(_packet, cancellationToken).ConfigureAwait(false);
                PacketsSent++;
                AudioMetrics.RecordPackets.Add(1, tag);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or CodecException)
        {
            AudioLog.SourceFailed(Logger, e);
        }
    }

    /// <summary>
    /// When the frame was captured, from its place in the stream: a burst after a stall keeps the
    /// 10 ms steps the audio has, and a clock nudged by the server does not bend them. Re-anchored
    /// on the clock when the two part by more than <see cref="MaxCaptureLagMs"/>: a source that
    /// lost audio, or one read faster than real time.
    /// </summary>
    private uint CaptureTime(ref uint anchor, uint frame)
    {
        var now = _clock();
        var stamp = anchor + (frame * AudioFrame.DurationMs);
        var behind = (int)(now - stamp);
        if (Math.Abs(behind) > MaxCaptureLagMs)
        {
            anchor = now - (frame * AudioFrame.DurationMs);
            return now;
        }

        return stamp;
    }

    private void Drop(string reason)
    {
        AudioMetrics.BadPackets.Add(1, new KeyValuePair<string, object?>("reason", reason));
        if (!_badLogged)
        {
            _badLogged = true;
            AudioLog.BadPacket(Logger, "record", reason);
        }
    }
}
