namespace Spice.Codecs.Opus;

/// <summary>A continuous sine tone in interleaved stereo S16 (the same value on both channels).</summary>
public sealed class SineWave
{
    private readonly double _step;
    private readonly double _amplitude;
    private double _phase;

    /// <param name="frequency">Hertz.</param>
    /// <param name="amplitude">0..1 of full scale.</param>
    public SineWave(double frequency, double amplitude = 0.3, int sampleRate = AudioFrame.SampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        _step = 2 * Math.PI * frequency / sampleRate;
        _amplitude = Math.Clamp(amplitude, 0, 1) * short.MaxValue;
    }

    /// <summary>Fills <paramref name="interleavedStereo"/> with the next samples, continuing the phase.</summary>
    public void Fill(Span<short> interleavedStereo)
    {
        for (var i = 0; i + 1 < interleavedStereo.Length; i += 2)
        {
            var value = (short)Math.Round(Math.Sin(_phase) * _amplitude);
            interleavedStereo[i] = value;
            interleavedStereo[i + 1] = value;
            _phase += _step;
            if (_phase > 2 * Math.PI)
            {
                _phase -= 2 * Math.PI;
            }
        }
    }

    /// <summary>A whole tone of <paramref name="seconds"/>.</summary>
    public static short[] Generate(double frequency, double seconds, double amplitude = 0.3)
    {
        var samples = new short[(int)(seconds * AudioFrame.SampleRate) * AudioFrame.Channels];
        new SineWave(frequency, amplitude).Fill(samples);
        return samples;
    }
}
