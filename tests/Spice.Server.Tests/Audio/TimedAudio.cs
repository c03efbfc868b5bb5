using Spice.Codecs.Opus;
using Spice.TestSupport.Audio;

namespace Spice.Server.Tests.Audio;

/// <summary>
/// One direction of audio as its receiver saw it: every packet's samples, the sender's stamp on
/// it and the receiver's multimedia clock when it arrived. Judges the stream against what the
/// sender pushed, never against wall-clock windows, so a stalled thread on a busy machine shows
/// up as latency, not as drift.
/// </summary>
internal sealed class TimedAudio(string name, Func<uint> clock)
{
    private readonly Lock _gate = new();
    private readonly List<short> _samples = [];
    private readonly List<(uint Time, uint Arrival, int Samples)> _packets = [];

    public string Name => name;

    public long SampleCount
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(uint time, ReadOnlySpan<short> samples)
    {
        var arrival = clock();
        lock (_gate)
        {
            _samples.AddRange(samples);
            _packets.Add((time, arrival, samples.Length));
        }
    }

    /// <summary>
    /// The stream is the tone that was pushed, all of it, and keeps time: the receiver got the
    /// pushed sample count within <paramref name="maxDriftPercent"/>; the stamps rise by
    /// <paramref name="stampStepMs"/> and span the audio received; and how far arrival trails the
    /// stamp changes from the first quarter to the last by less than the drift allowed.
    /// </summary>
    public void AssertMatches(double frequency, long pushedSamples, double maxDriftPercent, uint stampStepMs)
    {
        AssertTone(frequency, pushedSamples, maxDriftPercent);
        AssertStamps(stampStepMs, maxDriftPercent);
        AssertArrivalKeepsPace(maxDriftPercent);
    }

    /// <summary>The pushed sample count within <paramref name="maxDriftPercent"/>, at <paramref name="frequency"/> ±2 Hz early, midway and late.</summary>
    public void AssertTone(double frequency, long pushedSamples, double maxDriftPercent)
    {
        var samples = Samples();
        var countDrift = Math.Abs(samples.Length - pushedSamples) * 100.0 / pushedSamples;
        Assert.True(countDrift < maxDriftPercent, $"{name}: {samples.Length} samples delivered of {pushedSamples} pushed ({countDrift:F3} %)");
        foreach (var at in (double[])[0.1, 0.5, 0.9])
        {
            var start = (int)(samples.Length * at) & ~1;
            var window = samples.AsSpan(start, Math.Min(AudioFrame.SampleRate * AudioFrame.Channels, samples.Length - start));
            Assert.InRange(ToneAnalysis.DominantFrequency(window), frequency - 2, frequency + 2);
        }
    }

    /// <summary>Every stamp follows the last by <paramref name="stepMs"/>, and together they span the audio received.</summary>
    public void AssertStamps(uint stepMs, double maxDriftPercent)
    {
        var packets = Packets();
        for (var i = 1; i < packets.Length; i++)
        {
            var step = (int)(packets[i].Time - packets[i - 1].Time);
            Assert.True(step > 0 && step <= stepMs, $"{name}: stamp {packets[i].Time} follows {packets[i - 1].Time} (packet {i})");
        }

        var audioMs = AudioFrame.Milliseconds(packets.Sum(p => (long)p.Samples));
        var stampedMs = packets[^1].Time - packets[0].Time + AudioFrame.DurationMs;
        var stampDrift = Math.Abs(stampedMs - audioMs) / audioMs * 100;
        Assert.True(stampDrift < maxDriftPercent, $"{name}: {audioMs} ms of audio stamped over {stampedMs} ms ({stampDrift:F3} %)");
    }

    /// <summary>
    /// How far arrival trails the stamp, first quarter against last (medians, so a stall does not
    /// count), changes by less than <paramref name="maxDriftPercent"/> of the audio's length.
    /// </summary>
    public void AssertArrivalKeepsPace(double maxDriftPercent)
    {
        var packets = Packets();
        var audioMs = AudioFrame.Milliseconds(packets.Sum(p => (long)p.Samples));
        var quarter = packets.Length / 4;
        var early = Median(packets[..quarter].Select(p => (double)(int)(p.Arrival - p.Time)));
        var late = Median(packets[^quarter..].Select(p => (double)(int)(p.Arrival - p.Time)));
        var lagDrift = Math.Abs(late - early) / audioMs * 100;
        Assert.True(lagDrift < maxDriftPercent, $"{name}: arrival lag went from {early} ms to {late} ms over {audioMs} ms ({lagDrift:F3} %)");
    }

    public short[] Samples()
    {
        lock (_gate)
        {
            return [.. _samples];
        }
    }

    private (uint Time, uint Arrival, int Samples)[] Packets()
    {
        lock (_gate)
        {
            Assert.True(_packets.Count > 100, $"{name}: only {_packets.Count} packets");
            return [.. _packets];
        }
    }

    /// <summary>One line for the test output: what was measured.</summary>
    public string Summary(long pushedSamples)
    {
        lock (_gate)
        {
            var audioMs = AudioFrame.Milliseconds(_samples.Count);
            var stampedMs = _packets.Count == 0 ? 0 : _packets[^1].Time - _packets[0].Time + AudioFrame.DurationMs;
            var lags = _packets.Select(p => (double)(int)(p.Arrival - p.Time)).ToArray();
            var quarter = Math.Max(1, lags.Length / 4);
            var medians = lags.Length == 0 ? "" : $", median first quarter {Median(lags[..quarter])} last quarter {Median(lags[^quarter..])} ms";
            return $"{name}: {_samples.Count}/{pushedSamples} samples, {_packets.Count} packets, {audioMs:F0} ms of audio stamped over {stampedMs} ms, " +
                $"arrival lag min {lags.DefaultIfEmpty().Min()} max {lags.DefaultIfEmpty().Max()} ms{medians}";
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
