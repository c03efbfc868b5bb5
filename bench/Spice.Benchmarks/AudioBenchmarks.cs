using BenchmarkDotNet.Attributes;
using Spice.Codecs.Opus;

namespace Spice.Benchmarks;

/// <summary>
/// Cost of one 10 ms 48 kHz stereo frame through Opus (encode, decode) and raw PCM; the setup
/// prints the Opus bitrate for the signal next to raw PCM's 1536 kbit/s.
/// </summary>
[MemoryDiagnoser]
public class AudioBenchmarks
{
    private const int Frames = 100;

    private readonly OpusAudioEncoder _encoder = new();
    private readonly OpusAudioDecoder _decoder = new();
    private readonly short[] _pcm = new short[OpusAudioDecoder.MaxSamples];
    private readonly byte[] _packet = new byte[AudioFrame.MaxOpusBytes];
    private readonly byte[] _raw = new byte[AudioFrame.RawBytes];
    private short[] _signal = [];
    private byte[][] _packets = [];
    private int _next;

    /// <summary>tone: 440 Hz sine; music: three detuned partials with a slow tremolo and a little noise.</summary>
    [Params("tone", "music")]
    public string Signal { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _signal = Signal == "tone" ? SineWave.Generate(440, Frames / 100.0) : Music(Frames);
        var encoder = new OpusAudioEncoder();
        _packets = new byte[Frames][];
        long bytes = 0;
        for (var i = 0; i < Frames; i++)
        {
            var n = encoder.Encode(Frame(i), _packet);
            _packets[i] = _packet.AsSpan(0, n).ToArray();
            bytes += n;
        }

        Console.WriteLine($"// {Signal}: Opus {bytes * 8.0 / (Frames / 100.0) / 1000:F1} kbit/s ({bytes / (double)Frames:F0} bytes per 10 ms frame), raw PCM {AudioFrame.RawBytes * 100 * 8 / 1000} kbit/s ({AudioFrame.RawBytes} bytes per frame)");
    }

    [Benchmark]
    public int OpusEncodeFrame() => _encoder.Encode(Frame(_next++ % Frames), _packet);

    [Benchmark]
    public int OpusDecodeFrame() => _decoder.Decode(_packets[_next++ % Frames], _pcm);

    [Benchmark(Baseline = true)]
    public int RawWriteFrame() => RawPcm.Write(Frame(_next++ % Frames), _raw);

    private ReadOnlySpan<short> Frame(int i) => _signal.AsSpan(i * AudioFrame.Samples, AudioFrame.Samples);

    /// <summary><paramref name="frames"/> 10 ms frames of three detuned partials with a slow tremolo and a little noise.</summary>
    internal static short[] Music(int frames)
    {
        var samples = new short[frames * AudioFrame.Samples];
        var rng = new Random(1);
        for (var i = 0; i < samples.Length / 2; i++)
        {
            var t = i / 48_000.0;
            var v = (Math.Sin(2 * Math.PI * 220 * t) + (0.5 * Math.Sin(2 * Math.PI * 331 * t)) + (0.3 * Math.Sin(2 * Math.PI * 1234 * t)))
                * (0.6 + (0.4 * Math.Sin(2 * Math.PI * 3 * t))) * 6000;
            samples[2 * i] = (short)(v + rng.Next(-300, 300));
            samples[(2 * i) + 1] = (short)((v * 0.8) + rng.Next(-300, 300));
        }

        return samples;
    }
}
