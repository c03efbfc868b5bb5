using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Jpeg;

namespace Spice.Fuzz.Codecs;

/// <summary>Mutated JPEGs through Skia: the decoder must decode or throw CodecException, never crash the process.</summary>
public class JpegFuzz
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void MutatedJpegsDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        const int width = 48, height = 40;
        var pixels = new byte[width * height * 4];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 7) ^ (i >> 5) ^ rng.Next(16));
        }

        var output = new ArrayBufferWriter<byte>();
        JpegEncoder.Encode(pixels, width, height, width * 4, 75, output);
        var valid = output.WrittenSpan.ToArray();
        var dest = new byte[width * height * 4];
        for (int iteration = 0; iteration < 1500; iteration++)
        {
            var mutated = Lz4Fuzz.Mutate(rng, valid);
            try
            {
                JpegDecoder.Decode(mutated, dest, width * 4, out int w, out int h);
                Assert.True(w * h <= width * height, $"decoded {w}x{h} into a {width}x{height} buffer");
            }
            catch (CodecException)
            {
            }
        }
    }
}
