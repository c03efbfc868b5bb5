using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;
using Spice.Codecs.ZlibGlz;

namespace Spice.Fuzz.Codecs;

/// <summary>Mutated and truncated zlib data and wrong sizes: only CodecException escapes.</summary>
public class ZlibGlzFuzzTests
{
    [Fact]
    public void MutatedZlibData()
    {
        var rng = new Random(777);
        var deadline = DateTime.UtcNow.AddSeconds(2);
        int rounds = 0;
        while (DateTime.UtcNow < deadline && rounds < 3000)
        {
            int w = 8 + rng.Next(30), h = 8 + rng.Next(30);
            var px = new byte[w * h * 4];
            for (int i = 0; i < px.Length; i++)
            {
                px[i] = (byte)(rng.Next(3) * 100);
            }

            var writer = new ArrayBufferWriter<byte>();
            ZlibGlzEncoded sizes = ZlibGlzEncoder.Encode(px, w, h, w * 4, LzImageType.Rgb32, new GlzEncoderDictionary(1 << 16), writer);
            byte[] data = writer.WrittenSpan.ToArray();
            if (rng.Next(3) == 0)
            {
                data = data[..rng.Next(data.Length)];
            }
            else if (data.Length > 2)
            {
                LzFuzzTests.Mutate(data, rng, 2);
            }

            int glzSize = rng.Next(4) == 0 ? rng.Next(-5, sizes.GlzSize * 2) : sizes.GlzSize;
            try
            {
                ZlibGlzDecoder.Decode(data, glzSize, new GlzDecoderWindow(), new byte[w * h * 4], w * 4);
            }
            catch (CodecException)
            {
            }

            rounds++;
        }

        Assert.True(rounds > 10);
    }
}
