using System.Buffers;
using BenchmarkDotNet.Attributes;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// JPEG (quality 80) of 1080p corpus frames: our encoder (the one the server uses), Skia's libjpeg-turbo encoder
/// it replaced, and Skia's decoder; MP/s = 2.0736 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public class JpegBenchmarks
{
    private CorpusImage _image = null!;
    private readonly ArrayBufferWriter<byte> _output = new(4 << 20);
    private byte[] _encoded = [];
    private byte[] _dest = [];

    [Params("desktop-ui", "text-terminal", "photo")]
    public string Picture { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _image = Corpus.Load(Picture);
        _dest = new byte[_image.Bgra.Length];
        EncodeSkia();
        Console.WriteLine($"// {Picture}: Skia JPEG q80 {_output.WrittenCount} bytes");
        Encode();
        _encoded = _output.WrittenSpan.ToArray();
        Console.WriteLine($"// {Picture}: our JPEG q80 {_encoded.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public int EncodeSkia()
    {
        _output.ResetWrittenCount();
        return SkiaJpegEncoder.Encode(_image.Bgra, _image.Width, _image.Height, _image.Stride, 80, _output);
    }

    [Benchmark]
    public int Encode()
    {
        _output.ResetWrittenCount();
        return JpegEncoder.Encode(_image.Bgra, _image.Width, _image.Height, _image.Stride, 80, _output);
    }

    [Benchmark]
    public void Decode() => JpegDecoder.Decode(_encoded, _dest, _image.Stride, out _, out _);
}
