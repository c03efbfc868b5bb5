using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Lz4;
using Spice.Codecs.Pixels;

namespace Spice.Fuzz.Codecs;

/// <summary>Mutated LZ4 image streams: the decoder must decode or throw CodecException, within the destination.</summary>
public class Lz4Fuzz
{
    private static byte[] ValidStream(Random rng, int width, int height, BitmapFormat format)
    {
        var pixels = new byte[width * height * 4];

        // Runs of repeated pixels give the stream real matches to corrupt, not only literals.
        for (int i = 0; i < pixels.Length; i += 4)
        {
            if (i == 0 || rng.Next(4) == 0)
            {
                rng.NextBytes(pixels.AsSpan(i, 4));
            }
            else
            {
                pixels.AsSpan(i - 4, 4).CopyTo(pixels.AsSpan(i));
            }
        }

        var output = new ArrayBufferWriter<byte>();
        Lz4ImageEncoder.Encode(pixels, width, height, width * 4, format, output);
        return output.WrittenSpan.ToArray();
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void MutatedStreamsDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        BitmapFormat[] formats = [BitmapFormat.SixteenBit, BitmapFormat.TwentyFourBit, BitmapFormat.ThirtyTwoBit, BitmapFormat.Rgba];
        for (int round = 0; round < 40; round++)
        {
            int width = rng.Next(1, 48);
            int height = rng.Next(1, 48);
            var valid = ValidStream(rng, width, height, formats[rng.Next(formats.Length)]);
            int destStride = width * 4 + rng.Next(3) * 4;
            var dest = new byte[destStride * height + 16];
            for (int iteration = 0; iteration < 300; iteration++)
            {
                var mutated = Mutate(rng, valid);
                dest.AsSpan(destStride * height).Fill(0xA5);
                try
                {
                    Lz4ImageDecoder.Decode(mutated, width, height, dest.AsSpan(0, destStride * height), destStride);
                }
                catch (CodecException)
                {
                }

                Assert.All(dest[(destStride * height)..], b => Assert.Equal(0xA5, b));
            }
        }
    }

    internal static byte[] Mutate(Random rng, byte[] valid)
    {
        var m = (byte[])valid.Clone();
        switch (rng.Next(4))
        {
            case 0:
                return m[..rng.Next(m.Length)];
            case 1:
                for (int i = rng.Next(1, 6); i > 0; i--)
                {
                    m[rng.Next(m.Length)] ^= (byte)(1 << rng.Next(8));
                }

                return m;
            case 2:
                for (int i = rng.Next(1, 6); i > 0; i--)
                {
                    m[rng.Next(m.Length)] = (byte)rng.Next(256);
                }

                return m;
            default:
                var extra = new byte[rng.Next(1, 64)];
                rng.NextBytes(extra);
                return [.. m, .. extra];
        }
    }
}
