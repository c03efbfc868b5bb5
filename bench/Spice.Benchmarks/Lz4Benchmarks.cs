using System.Buffers;
using Spice.Codecs.Lz4;
using Spice.Codecs.Pixels;

namespace Spice.Benchmarks;

/// <summary>LZ4 image encode and decode of 1080p corpus frames (32BIT).</summary>
public class Lz4Benchmarks : CorpusCodecBenchmark
{
    protected override string Codec => "LZ4";

    protected override int EncodeInto(IBufferWriter<byte> output) =>
        Lz4ImageEncoder.Encode(Image.Bgra, Image.Width, Image.Height, Image.Stride, BitmapFormat.ThirtyTwoBit, output);

    protected override void DecodeEncoded() => Lz4ImageDecoder.Decode(Encoded, Image.Width, Image.Height, Destination, Image.Stride);
}
