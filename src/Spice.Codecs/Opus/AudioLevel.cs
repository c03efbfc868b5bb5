namespace Spice.Codecs.Opus;

/// <summary>Loudness of a block of S16 samples, for level meters.</summary>
public static class AudioLevel
{
    /// <summary>Root mean square, 0..1 of full scale.</summary>
    public static double Rms(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / samples.Length) / 32768.0;
    }

    /// <summary>Largest magnitude, 0..1 of full scale.</summary>
    public static double Peak(ReadOnlySpan<short> samples)
    {
        var peak = 0;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs((int)s));
        }

        return peak / 32768.0;
    }
}
