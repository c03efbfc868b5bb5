using System.Buffers;
using Spice.Codecs.Jpeg;

namespace Spice.Benchmarks;

/// <summary>JPEG (quality 80) encode and decode of 1080p corpus frames through Skia.</summary>
public class JpegBenchmarks : CorpusCodecBenchmark
{
    protected override string Codec => "JPEG q80";

    protected override int EncodeInto(IBufferWriter<byte> output) =>
        JpegEncoder.Encode(Image.Bgra, Image.Width, Image.Height, Image.Stride, 80, output);

    protected override void DecodeEncoded() => JpegDecoder.Decode(Encoded, Destination, Image.Stride, out _, out _);
}
