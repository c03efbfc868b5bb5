using Spice.Codecs;
using Spice.Codecs.Pixels;

namespace Spice.Fuzz.Codecs;

/// <summary>Random geometry, formats and buffer sizes: the bitmap decoder must decode or throw CodecException, nothing else.</summary>
public class BitmapFuzz
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomBitmapsDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        var data = new byte[4096];
        var dest = new byte[8192];
        var palette = new uint[300];
        for (int iteration = 0; iteration < 20000; iteration++)
        {
            rng.NextBytes(data);
            var format = (BitmapFormat)rng.Next(-1, 13);
            int width = rng.Next(-2, 40);
            int height = rng.Next(-2, 40);
            int stride = rng.Next(-4, 170);
            int destStride = rng.Next(-4, 170);
            var src = data.AsSpan(0, rng.Next(data.Length));
            var pal = palette.AsSpan(0, rng.Next(palette.Length));
            var dst = dest.AsSpan(0, rng.Next(dest.Length));
            try
            {
                BitmapDecoder.Decode(format, width, height, stride, rng.Next(2) == 0, src, pal, dst, destStride);
            }
            catch (CodecException)
            {
            }
        }
    }
}
