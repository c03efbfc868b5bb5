using System.Buffers;
using BenchmarkDotNet.Attributes;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// Encode and decode of one codec on 1080p corpus frames: the frame, its encoded stream and a destination are
/// made once per picture; MP/s = 2.0736 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public abstract class CorpusCodecBenchmark
{
    private readonly ArrayBufferWriter<byte> _output = new(16 << 20);

    [Params("desktop-ui", "text-terminal", "photo")]
    public string Picture { get; set; } = "";

    protected CorpusImage Image { get; private set; } = null!;

    protected byte[] Encoded { get; private set; } = [];

    protected byte[] Destination { get; private set; } = [];

    /// <summary>The codec as the setup line names it.</summary>
    protected abstract string Codec { get; }

    [GlobalSetup]
    public void Setup()
    {
        Image = Corpus.Load(Picture);
        Destination = new byte[Image.Bgra.Length];
        Describe();
        Encode();
        Encoded = _output.WrittenSpan.ToArray();
        Console.WriteLine($"// {Picture}: {Codec} {Encoded.Length} bytes, ratio {(double)Image.Bgra.Length / Encoded.Length:F2}");
    }

    [Benchmark]
    public int Encode()
    {
        _output.ResetWrittenCount();
        return EncodeInto(_output);
    }

    [Benchmark]
    public void Decode() => DecodeEncoded();

    /// <summary>Setup lines of a benchmark's own, written before the codec's.</summary>
    protected virtual void Describe()
    {
    }

    protected abstract int EncodeInto(IBufferWriter<byte> output);

    /// <summary>Decodes <see cref="Encoded"/> into <see cref="Destination"/>.</summary>
    protected abstract void DecodeEncoded();
}
