using System.Buffers;
using BenchmarkDotNet.Attributes;
using Spice.Codecs.Lz4;
using Spice.Codecs.Pixels;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>LZ4 image encode and decode of 1080p corpus frames (32BIT); MP/s = 2.0736 / mean seconds.</summary>
[MemoryDiagnoser]
public class Lz4Benchmarks
{
    private CorpusImage _image = null!;
    private readonly ArrayBufferWriter<byte> _output = new(16 << 20);
    private byte[] _encoded = [];
    private byte[] _dest = [];

    [Params("desktop-ui", "text-terminal", "photo")]
    public string Picture { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _image = Corpus.Load(Picture);
        _dest = new byte[_image.Bgra.Length];
        Encode();
        _encoded = _output.WrittenSpan.ToArray();
        Console.WriteLine($"// {Picture}: LZ4 {_encoded.Length} bytes, ratio {(double)_image.Bgra.Length / _encoded.Length:F2}");
    }

    [Benchmark]
    public int Encode()
    {
        _output.ResetWrittenCount();
        return Lz4ImageEncoder.Encode(_image.Bgra, _image.Width, _image.Height, _image.Stride, BitmapFormat.ThirtyTwoBit, _output);
    }

    [Benchmark]
    public void Decode() => Lz4ImageDecoder.Decode(_encoded, _image.Width, _image.Height, _dest, _image.Stride);
}
