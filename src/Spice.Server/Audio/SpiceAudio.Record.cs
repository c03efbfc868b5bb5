using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Spice.Server.Channels;
using Spice.Server.Audio;

namespace Spice.Server;

public sealed partial class SpiceAudio
{
    /// <summary>Asks clients to send their microphone (SPICE_MSG_RECORD_START, 48 kHz stereo S16).</summary>
    public void StartRecording()
    {
        lock (_gate)
        {
            if (RecordActive)
            {
                return;
            }

            RecordActive = true;
            foreach (var channel in _record)
            {
                channel.SendStart();
            }
        }
    }

    public void StopRecording()
    {
        lock (_gate)
        {
            if (!RecordActive)
            {
                return;
            }

            RecordActive = false;
            foreach (var channel in _record)
            {
                channel.SendStop();
            }
        }
    }

    /// <summary>The guest's capture volume, per channel (at most 255); clients apply it to their microphone.</summary>
    public void SetRecordVolume(params ushort[] volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume.Length, MaxVolumeChannels, nameof(volume));
        lock (_gate)
        {
            RecordVolume = [.. volume];
            foreach (var channel in _record)
            {
                channel.SendVolume(RecordVolume);
            }
        }
    }

    public void SetRecordMute(bool mute)
    {
        lock (_gate)
        {
            RecordMuted = mute;
            foreach (var channel in _record)
            {
                channel.SendMute(mute);
            }
        }
    }

    /// <summary>
    /// Recorded packets as they arrive, from every client. Buffers at most 500 packets (5 s of
    /// 10 ms packets) for a slow reader, dropping the oldest. One reader at a time.
    /// </summary>
    public async IAsyncEnumerable<RecordedAudio> ReadRecordedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = LazyInitializer.EnsureInitialized(ref _recorded, () => Channel.CreateBounded<RecordedAudio>(
            new BoundedChannelOptions(RecordedBacklog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true }));
        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    internal void Deliver(uint sessionId, uint time, ReadOnlySpan<short> samples)
    {
        try
        {
            Recorded?.Invoke(sessionId, time, samples);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            AudioLog.HandlerFailed(_logger, e);
        }

        Volatile.Read(ref _recorded)?.Writer.TryWrite(new RecordedAudio(sessionId, time, samples.ToArray()));
    }

    internal void Attach(RecordChannel channel)
    {
        lock (_gate)
        {
            channel.SendInitial(RecordActive, RecordVolume, RecordMuted);
            _record = [.. _record, channel];
        }
    }

    internal void Detach(RecordChannel channel)
    {
        lock (_gate)
        {
            _record = Array.FindAll(_record, c => !ReferenceEquals(c, channel));
        }
    }
}
