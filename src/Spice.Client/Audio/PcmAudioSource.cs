using System.Diagnostics;
using Spice.Codecs.Opus;

namespace Spice.Client.Audio;

/// <summary>
/// Plays samples held in memory (a WAV file, a test tone) as if captured live: never ahead of
/// the wall clock since the first read.
/// </summary>
public sealed class PcmAudioSource : IAudioSource
{
    private readonly ReadOnlyMemory<short> _samples;
    private readonly bool _realTime;
    private long _started;
    private int _position;

    /// <param name="interleavedStereo">48 kHz stereo S16 samples.</param>
    /// <param name="realTime">False hands everything out at once (for tests of the channel itself).</param>
    public PcmAudioSource(ReadOnlyMemory<short> interleavedStereo, bool realTime = true)
    {
        _samples = interleavedStereo;
        _realTime = realTime;
    }

    /// <summary>Samples handed out so far.</summary>
    public int Position => _position;

    public async ValueTask<int> ReadAsync(Memory<short> buffer, CancellationToken cancellationToken)
    {
        var left = _samples.Length - _position;
        if (left <= 0)
        {
            return 0;
        }

        var count = Math.Min(left, buffer.Length);
        count -= count % AudioFrame.Channels;
        if (_realTime)
        {
            if (_started == 0)
            {
                _started = Stopwatch.GetTimestamp();
            }

            var due = TimeSpan.FromMilliseconds(AudioFrame.Milliseconds(_position + count));
            var wait = due - Stopwatch.GetElapsedTime(_started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        _samples.Span.Slice(_position, count).CopyTo(buffer.Span);
        _position += count;
        return count;
    }
}
