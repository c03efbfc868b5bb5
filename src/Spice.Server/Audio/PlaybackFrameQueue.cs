using Spice.Codecs.Opus;

namespace Spice.Server.Audio;

/// <summary>
/// The frames one playback client has yet to be sent: a fixed ring of 10 ms frames allocated
/// once. When the client falls behind, the oldest frame makes room (audio that late is useless).
/// Thread-safe: the embedder's thread adds, the channel's send loop takes.
/// </summary>
internal sealed class PlaybackFrameQueue
{
    private readonly Lock _gate = new();
    private readonly short[] _samples;
    private readonly uint[] _times;
    private int _head;
    private int _count;

    public PlaybackFrameQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _samples = new short[capacity * AudioFrame.Samples];
        _times = new uint[capacity];
    }

    public int Capacity => _times.Length;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Adds a frame; returns false when the oldest one was dropped to make room.</summary>
    public bool Add(ReadOnlySpan<short> frame, uint time)
    {
        lock (_gate)
        {
            var kept = true;
            if (_count == Capacity)
            {
                _head = (_head + 1) % Capacity;
                _count--;
                kept = false;
            }

            var slot = (_head + _count) % Capacity;
            frame.CopyTo(_samples.AsSpan(slot * AudioFrame.Samples, AudioFrame.Samples));
            _times[slot] = time;
            _count++;
            return kept;
        }
    }

    /// <summary>Takes the oldest frame into <paramref name="frame"/>.</summary>
    public bool TryTake(Span<short> frame, out uint time)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                time = 0;
                return false;
            }

            _samples.AsSpan(_head * AudioFrame.Samples, AudioFrame.Samples).CopyTo(frame);
            time = _times[_head];
            _head = (_head + 1) % Capacity;
            _count--;
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _head = 0;
            _count = 0;
        }
    }
}
