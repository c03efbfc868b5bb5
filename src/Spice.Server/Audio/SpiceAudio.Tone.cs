using System.Diagnostics;
using Spice.Codecs.Opus;

namespace Spice.Server;

public sealed partial class SpiceAudio
{
    /// <summary>
    /// Plays a sine tone in real time (10 ms at a time, paced by the clock, never ahead of it), for
    /// demos and tests: the hook a "beep on key press" calls.
    /// </summary>
    public async Task PlayToneAsync(double frequency, TimeSpan duration, double amplitude = 0.3, CancellationToken cancellationToken = default)
    {
        var tone = new SineWave(frequency, amplitude);
        var frame = new short[AudioFrame.Samples];
        var total = (long)(duration.TotalSeconds * AudioFrame.SampleRate) * AudioFrame.Channels;
        var started = Stopwatch.GetTimestamp();
        var startTime = _clock.Now;
        long sent = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(AudioFrame.DurationMs));
        while (sent < total)
        {
            var due = Math.Min(total, (long)(Stopwatch.GetElapsedTime(started).TotalSeconds * AudioFrame.SampleRate) * AudioFrame.Channels + AudioFrame.Samples);
            while (sent + AudioFrame.Samples <= due)
            {
                tone.Fill(frame);
                PushPlayback(frame, startTime + (uint)AudioFrame.Milliseconds(sent));
                sent += AudioFrame.Samples;
            }

            if (sent + AudioFrame.Samples > total)
            {
                break;
            }

            await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
