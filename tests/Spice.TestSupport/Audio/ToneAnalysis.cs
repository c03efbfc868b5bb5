namespace Spice.TestSupport.Audio;

/// <summary>
/// Finds the dominant frequency of interleaved S16 audio with a Goertzel scan: a coarse pass
/// over 40..6000 Hz in 10 Hz steps, then a fine pass of 0.25 Hz steps around the best bin.
/// </summary>
public static class ToneAnalysis
{
    /// <param name="interleaved">Interleaved samples.</param>
    /// <param name="channels">Channels in <paramref name="interleaved"/>; only the first one is analysed.</param>
    /// <param name="sampleRate">Hz.</param>
    /// <param name="maxSeconds">Analyse at most this much from the middle of the audio.</param>
    public static double DominantFrequency(ReadOnlySpan<short> interleaved, int channels = 2, int sampleRate = 48_000, double maxSeconds = 1.0)
    {
        var frames = interleaved.Length / channels;
        var take = Math.Min(frames, (int)(maxSeconds * sampleRate));
        if (take < sampleRate / 20)
        {
            throw new ArgumentException($"need at least 50 ms of audio, got {frames} frames");
        }

        var start = (frames - take) / 2;
        var mono = new double[take];
        for (var i = 0; i < take; i++)
        {
            mono[i] = interleaved[(start + i) * channels];
        }

        var best = Scan(mono, sampleRate, 40, 6000, 10);
        return Scan(mono, sampleRate, best - 10, best + 10, 0.25);
    }

    /// <summary>Energy at <paramref name="frequency"/> relative to the whole signal's energy (0..1).</summary>
    public static double Purity(ReadOnlySpan<short> interleaved, double frequency, int channels = 2, int sampleRate = 48_000)
    {
        var frames = Math.Min(interleaved.Length / channels, sampleRate);
        var mono = new double[frames];
        double energy = 0;
        for (var i = 0; i < frames; i++)
        {
            mono[i] = interleaved[i * channels];
            energy += mono[i] * mono[i];
        }

        return energy == 0 ? 0 : 2 * Power(mono, sampleRate, frequency) / (energy * frames);
    }

    private static double Scan(double[] mono, int sampleRate, double from, double to, double step)
    {
        var bestFrequency = from;
        var bestPower = double.NegativeInfinity;
        for (var f = Math.Max(1, from); f <= to; f += step)
        {
            var power = Power(mono, sampleRate, f);
            if (power > bestPower)
            {
                bestPower = power;
                bestFrequency = f;
            }
        }

        return bestFrequency;
    }

    private static double Power(double[] mono, int sampleRate, double frequency)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0, s2 = 0;
        foreach (var x in mono)
        {
            var s0 = x + (coefficient * s1) - s2;
            s2 = s1;
            s1 = s0;
        }

        return (s1 * s1) + (s2 * s2) - (coefficient * s1 * s2);
    }
}
