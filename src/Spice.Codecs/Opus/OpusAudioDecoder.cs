using Concentus;

namespace Spice.Codecs.Opus;

/// <summary>
/// Decodes SPICE Opus packets (48 kHz stereo) to interleaved S16. Stateful: one decoder per
/// stream. A corrupt packet throws <see cref="CodecException"/>; the decoder stays usable.
/// Not thread-safe.
/// </summary>
public sealed class OpusAudioDecoder
{
    /// <summary>Longest Opus packet duration (120 ms) in interleaved samples: a safe output size.</summary>
    public const int MaxSamples = 5760 * AudioFrame.Channels;

    private readonly IOpusDecoder _decoder = OpusCodecFactory.CreateDecoder(AudioFrame.SampleRate, AudioFrame.Channels);

    /// <summary>Decodes one packet into <paramref name="pcm"/>; returns the interleaved samples written.</summary>
    public int Decode(ReadOnlySpan<byte> packet, Span<short> pcm)
    {
        if (packet.IsEmpty)
        {
            throw new CodecException("empty Opus packet");
        }

        try
        {
            var perChannel = _decoder.Decode(packet, pcm, pcm.Length / AudioFrame.Channels, false);
            if (perChannel <= 0)
            {
                throw new CodecException($"Opus packet decoded to {perChannel} samples");
            }

            return perChannel * AudioFrame.Channels;
        }
        catch (OpusException e)
        {
            throw new CodecException($"corrupt Opus packet: {e.Message}", e);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            throw new CodecException($"corrupt Opus packet: {e.Message}", e);
        }
    }

    /// <summary>Forgets the stream so far.</summary>
    public void Reset() => _decoder.ResetState();
}
