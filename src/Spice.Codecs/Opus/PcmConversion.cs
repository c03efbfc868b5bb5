namespace Spice.Codecs.Opus;

/// <summary>Turns any 16-bit PCM into SPICE's 48 kHz stereo: mono duplicated, extra channels dropped, rate changed linearly.</summary>
public static class PcmConversion
{
    public static short[] ToSpiceFormat(short[] samples, int rate, int channels)
    {
        if (rate == AudioFrame.SampleRate && channels == AudioFrame.Channels)
        {
            return samples;
        }

        var frames = samples.Length / channels;
        var outFrames = (int)((long)frames * AudioFrame.SampleRate / rate);
        var result = new short[outFrames * AudioFrame.Channels];
        for (var i = 0; i < outFrames; i++)
        {
            var position = (double)i * rate / AudioFrame.SampleRate;
            var at = (int)position;
            var next = Math.Min(at + 1, frames - 1);
            var fraction = position - at;
            for (var c = 0; c < AudioFrame.Channels; c++)
            {
                var source = Math.Min(c, channels - 1);
                var a = samples[(at * channels) + source];
                var b = samples[(next * channels) + source];
                result[(i * AudioFrame.Channels) + c] = (short)Math.Round(a + ((b - a) * fraction));
            }
        }

        return result;
    }
}
