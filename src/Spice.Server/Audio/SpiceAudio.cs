using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Spice.Codecs.Opus;
using Spice.Protocol;
using Spice.Server.Channels;
using Spice.Server.Audio;
using Spice.Server.Wire;
using Spice.Server.Display.Streams;

namespace Spice.Server;

/// <summary>
/// The server's sound card as the embedder sees it. Playback: push 48 kHz stereo S16 samples and
/// every connected client plays them (Opus to clients that announce it, raw PCM to the others),
/// cut into 10 ms frames stamped with <see cref="MultimediaTime"/>. Record: start recording
/// and every client with a record channel sends its microphone, raised through
/// <see cref="Recorded"/> and <see cref="ReadRecordedAsync"/>. Volume and mute of both directions
/// are the guest's own settings, sent to clients that announce the volume capability, as SPICE
/// defines them. Thread-safe.
/// </summary>
public sealed partial class SpiceAudio
{
    /// <summary>Recorded packets buffered for <see cref="ReadRecordedAsync"/>; older ones are dropped first.</summary>
    private const int RecordedBacklog = 500;

    /// <summary>AudioVolume counts its channels in one byte (spice.proto: uint8 nchannels).</summary>
    private const int MaxVolumeChannels = byte.MaxValue;

    private readonly Lock _gate = new();
    private readonly ILogger _logger;
    private readonly short[] _partial = new short[AudioFrame.Samples];
    private PlaybackChannel[] _playback = [];
    private RecordChannel[] _record = [];
    private int _partialCount;
    private uint _partialTime;
    private readonly MultimediaClock _clock;
    private Channel<RecordedAudio>? _recorded;

    internal SpiceAudio(ILoggerFactory loggerFactory, MultimediaClock clock)
    {
        _logger = loggerFactory.CreateLogger<SpiceAudio>();
        _clock = clock;
    }

    /// <summary>The server's multimedia time now (ms): what playback packets carry, from the server's one clock.</summary>
    public uint MultimediaTime => _clock.Now;

    /// <summary>Send Opus to clients that announce it (spice-server's playback compression), and offer it for recording. Applies to clients linking afterwards.</summary>
    public bool OpusEnabled { get; set; } = true;

    public bool PlaybackActive { get; private set; }

    public bool RecordActive { get; private set; }

    public ushort[]? PlaybackVolume { get; private set; }

    public bool PlaybackMuted { get; private set; }

    public ushort[]? RecordVolume { get; private set; }

    public bool RecordMuted { get; private set; }

    /// <summary>The playback latency last reported to clients (SPICE_MSG_PLAYBACK_LATENCY), if any.</summary>
    public uint? PlaybackLatencyMs { get; private set; }

    public int PlaybackClients => Volatile.Read(ref _playback).Length;

    public int RecordClients => Volatile.Read(ref _record).Length;

    /// <summary>Playback clients being sent Opus (the others get raw PCM).</summary>
    public int OpusPlaybackClients => Array.FindAll(Volatile.Read(ref _playback), c => c.Mode == Spice.Protocol.Messages.Playback.AudioDataMode.Opus).Length;

    /// <summary>Raised on a client's receive loop for every recorded packet, decoded; keep it short.</summary>
    public event RecordedAudioHandler? Recorded;

    /// <summary>Record clients sending Opus (the mode each one chose last).</summary>
    public int OpusRecordClients => Array.FindAll(Volatile.Read(ref _record), c => c.Mode == Spice.Protocol.Messages.Playback.AudioDataMode.Opus).Length;

    /// <summary>The sound channels' capabilities; without <see cref="OpusEnabled"/> record does not offer Opus, so clients send raw PCM.</summary>
    internal Capabilities ChannelCaps(ChannelType kind) => kind == ChannelType.Playback
        ? new Capabilities().Set(PlaybackCapability.Volume).Set(PlaybackCapability.Opus)
        : OpusEnabled ? new Capabilities().Set(RecordCapability.Volume).Set(RecordCapability.Opus) : new Capabilities().Set(RecordCapability.Volume);

    /// <summary>Tells clients to start playing (SPICE_MSG_PLAYBACK_START). <see cref="PushPlayback(ReadOnlySpan{short})"/> does it when needed.</summary>
    public void StartPlayback()
    {
        lock (_gate)
        {
            if (!PlaybackActive)
            {
                StartPlaybackLocked();
            }
        }
    }

    /// <summary>Tells clients to stop; a partial frame not yet sent is dropped.</summary>
    public void StopPlayback()
    {
        lock (_gate)
        {
            if (!PlaybackActive)
            {
                return;
            }

            PlaybackActive = false;
            _partialCount = 0;
            foreach (var channel in _playback)
            {
                channel.SendStop();
            }
        }
    }

    /// <summary>Plays interleaved stereo samples; the first one is stamped with the multimedia time now.</summary>
    public void PushPlayback(ReadOnlySpan<short> interleavedStereo) => PushPlayback(interleavedStereo, _clock.Now);

    /// <summary>Plays interleaved stereo samples whose first one belongs at <paramref name="mmTime"/>.</summary>
    public void PushPlayback(ReadOnlySpan<short> interleavedStereo, uint mmTime)
    {
        if (interleavedStereo.Length % AudioFrame.Channels != 0)
        {
            throw new ArgumentException("interleaved stereo needs an even number of samples", nameof(interleavedStereo));
        }

        lock (_gate)
        {
            if (!PlaybackActive)
            {
                StartPlaybackLocked();
            }

            var offset = 0;
            while (offset < interleavedStereo.Length)
            {
                var time = mmTime + (uint)AudioFrame.Milliseconds(offset);
                var rest = interleavedStereo[offset..];
                if (_partialCount == 0 && rest.Length >= AudioFrame.Samples)
                {
                    Dispatch(rest[..AudioFrame.Samples], time);
                    offset += AudioFrame.Samples;
                    continue;
                }

                if (_partialCount == 0)
                {
                    _partialTime = time;
                }

                var take = Math.Min(AudioFrame.Samples - _partialCount, rest.Length);
                rest[..take].CopyTo(_partial.AsSpan(_partialCount));
                _partialCount += take;
                offset += take;
                if (_partialCount == AudioFrame.Samples)
                {
                    Dispatch(_partial, _partialTime);
                    _partialCount = 0;
                }
            }
        }
    }

    /// <summary>The guest's output volume, per channel (at most 255); clients apply it to what they play.</summary>
    public void SetPlaybackVolume(params ushort[] volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume.Length, MaxVolumeChannels, nameof(volume));
        lock (_gate)
        {
            PlaybackVolume = [.. volume];
            foreach (var channel in _playback)
            {
                channel.SendVolume(PlaybackVolume);
            }
        }
    }

    public void SetPlaybackMute(bool mute)
    {
        lock (_gate)
        {
            PlaybackMuted = mute;
            foreach (var channel in _playback)
            {
                channel.SendMute(mute);
            }
        }
    }

    /// <summary>Reports how far behind its clock a client should play (spice-server derives it from video streams).</summary>
    public void SetPlaybackLatency(uint milliseconds)
    {
        lock (_gate)
        {
            PlaybackLatencyMs = milliseconds;
            foreach (var channel in _playback)
            {
                channel.SendLatency(milliseconds);
            }
        }
    }

    private void StartPlaybackLocked()
    {
        PlaybackActive = true;
        var now = _clock.Now;
        foreach (var channel in _playback)
        {
            channel.SendStart(now);
        }
    }

    private void Dispatch(ReadOnlySpan<short> frame, uint time)
    {
        foreach (var channel in _playback)
        {
            channel.QueueFrame(frame, time);
        }
    }

    internal void Attach(PlaybackChannel channel)
    {
        lock (_gate)
        {
            channel.SendInitial(PlaybackActive, PlaybackVolume, PlaybackMuted, PlaybackLatencyMs);
            _playback = [.. _playback, channel];
        }
    }

    internal void Detach(PlaybackChannel channel)
    {
        lock (_gate)
        {
            _playback = Array.FindAll(_playback, c => !ReferenceEquals(c, channel));
        }
    }
}
