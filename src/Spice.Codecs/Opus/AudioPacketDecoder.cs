namespace Spice.Codecs.Opus;

/// <summary>
/// Checks and decodes the data of SPICE audio packets (playback DATA on a client, record DATA on
/// a server) into interleaved S16, in the stream's current <see cref="Encoding"/>. A packet that
/// is malformed or out of place is refused with an <see cref="AudioPacketError"/> and leaves the
/// stream usable. Decodes into one buffer it owns: the samples are valid until the next call.
/// Not thread-safe.
/// </summary>
public sealed class AudioPacketDecoder
{
    /// <summary>A raw packet carries at most one second of 48 kHz stereo audio.</summary>
    public const int MaxRawBytes = AudioFrame.SampleRate * AudioFrame.Channels * sizeof(short);

    /// <summary>The largest packet Opus defines (RFC 6716, 3.2.1).</summary>
    public const int MaxOpusBytes = 1275;

    private readonly short[] _pcm = new short[Math.Max(OpusAudioDecoder.MaxSamples, MaxRawBytes / sizeof(short))];
    private OpusAudioDecoder? _opus;

    public AudioEncoding Encoding { get; private set; }

    /// <summary>A new MODE: later packets are read in <paramref name="encoding"/>, an Opus stream from a fresh state.</summary>
    public void SetEncoding(AudioEncoding encoding)
    {
        Encoding = encoding;
        if (encoding == AudioEncoding.Opus)
        {
            _opus ??= new OpusAudioDecoder();
            _opus.Reset();
        }
    }

    /// <summary>The stream restarts (START): Opus forgets what it decoded so far.</summary>
    public void Reset() => _opus?.Reset();

    /// <summary>Decodes one packet's data; <paramref name="channels"/> is the stream's channel count (raw alignment).</summary>
    public AudioPacketError TryDecode(ReadOnlySpan<byte> data, int channels, out ReadOnlySpan<short> samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        samples = default;
        int count;
        switch (Encoding)
        {
            case AudioEncoding.Raw:
                if (data.IsEmpty || data.Length % (channels * sizeof(short)) != 0)
                {
                    return AudioPacketError.Misaligned;
                }

                if (data.Length > MaxRawBytes)
                {
                    return AudioPacketError.Oversized;
                }

                count = RawPcm.Read(data, _pcm);
                break;
            case AudioEncoding.Opus:
                if (data.Length > MaxOpusBytes)
                {
                    return AudioPacketError.Oversized;
                }

                try
                {
                    count = _opus!.Decode(data, _pcm);
                }
                catch (CodecException)
                {
                    return AudioPacketError.Corrupt;
                }

                break;
            default:
                return AudioPacketError.WrongMode;
        }

        samples = _pcm.AsSpan(0, count);
        return AudioPacketError.None;
    }

    /// <summary>The reason as logs and metric tags name it.</summary>
    public static string Describe(AudioPacketError error) => error switch
    {
        AudioPacketError.Misaligned => "misaligned",
        AudioPacketError.Oversized => "oversized",
        AudioPacketError.Corrupt => "corrupt",
        AudioPacketError.WrongMode => "wrong mode",
        _ => "none",
    };
}
