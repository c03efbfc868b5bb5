using System.Buffers;
using BenchmarkDotNet.Attributes;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// JPEG (quality 80) of 1080p corpus frames: our encoder (the one the server uses), Skia's libjpeg-turbo encoder
/// it replaced, and Skia's decoder.
/// </summary>
public class JpegBenchmarks : CorpusCodecBenchmark
{
    private readonly ArrayBufferWriter<byte> _skia = new(4 << 20);

    protected override string Codec => "our JPEG q80";

    [Benchmark(Baseline = true)]
    public int EncodeSkia()
    {
        _skia.ResetWrittenCount();
        return SkiaJpegEncoder.Encode(Image.Bgra, Image.Width, Image.Height, Image.Stride, 80, _skia);
    }

    protected override void Describe() =>
        Console.WriteLine($"// {Picture}: Skia JPEG q80 {EncodeSkia()} bytes");

    protected override int EncodeInto(IBufferWriter<byte> output) =>
        JpegEncoder.Encode(Image.Bgra, Image.Width, Image.Height, Image.Stride, 80, output);

    protected override void DecodeEncoded() => JpegDecoder.Decode(Encoded, Destination, Image.Stride, out _, out _);
}
