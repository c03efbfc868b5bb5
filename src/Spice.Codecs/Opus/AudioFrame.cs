namespace Spice.Codecs.Opus;

/// <summary>
/// The one audio format SPICE streams: 48 kHz, 2 channels, signed 16-bit little-endian,
/// interleaved (left, right), cut into 10 ms frames of 480 samples per channel.
/// Both raw and Opus playback carry one such frame per data message.
/// </summary>
public static class AudioFrame
{
    public const int SampleRate = 48_000;

    public const int Channels = 2;

    /// <summary>Samples per channel in one 10 ms frame.</summary>
    public const int SamplesPerChannel = 480;

    /// <summary>Interleaved 16-bit values in one frame (both channels).</summary>
    public const int Samples = SamplesPerChannel * Channels;

    /// <summary>Bytes of one raw S16LE frame.</summary>
    public const int RawBytes = Samples * sizeof(short);

    /// <summary>Largest Opus packet spice-common accepts for one frame.</summary>
    public const int MaxOpusBytes = 480;

    /// <summary>One frame lasts 10 ms of multimedia time.</summary>
    public const uint DurationMs = 10;

    /// <summary>Milliseconds of audio in <paramref name="interleavedSamples"/> 16-bit values.</summary>
    public static double Milliseconds(long interleavedSamples) => interleavedSamples * 1000.0 / (SampleRate * Channels);
}
