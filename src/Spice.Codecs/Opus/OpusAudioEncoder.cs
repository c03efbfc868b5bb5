using Concentus;
using Concentus.Enums;

namespace Spice.Codecs.Opus;

/// <summary>
/// Encodes 10 ms frames of 48 kHz stereo S16 into Opus packets, as SPICE's Opus mode wants them
/// (one packet per frame, general-audio application). Stateful: one encoder per stream.
/// Not thread-safe.
/// </summary>
public sealed class OpusAudioEncoder
{
    private readonly IOpusEncoder _encoder;

    public OpusAudioEncoder(int bitrate = 0)
    {
        _encoder = OpusCodecFactory.CreateEncoder(AudioFrame.SampleRate, AudioFrame.Channels, OpusApplication.OPUS_APPLICATION_AUDIO);
        if (bitrate > 0)
        {
            _encoder.Bitrate = bitrate;
        }
    }

    /// <summary>Encodes one frame of <see cref="AudioFrame.Samples"/> interleaved values; returns the packet length.</summary>
    public int Encode(ReadOnlySpan<short> frame, Span<byte> packet)
    {
        if (frame.Length != AudioFrame.Samples)
        {
            throw new ArgumentException($"an Opus frame is {AudioFrame.Samples} interleaved samples, got {frame.Length}", nameof(frame));
        }

        var max = Math.Min(packet.Length, AudioFrame.MaxOpusBytes);
        try
        {
            return _encoder.Encode(frame, AudioFrame.SamplesPerChannel, packet, max);
        }
        catch (OpusException e)
        {
            throw new CodecException($"Opus encoding failed: {e.Message}", e);
        }
    }

    /// <summary>Forgets the stream so far (a new stream starts).</summary>
    public void Reset() => _encoder.ResetState();
}
