using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;

namespace Spice.Fuzz.Codecs;

/// <summary>Mutated GLZ sequences (with cross-image references) and truncations: only CodecException escapes.</summary>
public class GlzFuzzTests
{
    internal static List<byte[]> Sequence(Random rng, int count, out int w, out int h)
    {
        w = 8 + rng.Next(40);
        h = 8 + rng.Next(40);
        var dict = new GlzEncoderDictionary(w * h * 3);
        var px = new byte[w * h * 4];
        var streams = new List<byte[]>();
        for (int i = 0; i < count; i++)
        {
            for (int k = 0; k < 20; k++)
            {
                px[rng.Next(px.Length)] = (byte)rng.Next(256);
            }

            var writer = new ArrayBufferWriter<byte>();
            GlzEncoder.Encode(px, w, h, w * 4, rng.Next(2) == 0 ? LzImageType.Rgb32 : LzImageType.Rgba, dict, writer);
            streams.Add(writer.WrittenSpan.ToArray());
        }

        return streams;
    }

    [Fact]
    public void MutatedSequences()
    {
        var rng = new Random(4321);
        var deadline = DateTime.UtcNow.AddSeconds(2);
        int rounds = 0;
        uint[] palette = [7, 8];
        while (DateTime.UtcNow < deadline && rounds < 3000)
        {
            List<byte[]> streams = Sequence(rng, 4, out int w, out int h);
            var window = new GlzDecoderWindow(w * h * 8);
            var dst = new byte[w * h * 4];
            foreach (byte[] s in streams)
            {
                byte[] data = rng.Next(3) == 0 ? s[..rng.Next(s.Length)] : (byte[])s.Clone();
                if (rng.Next(2) == 0 && data.Length > 33)
                {
                    LzFuzzTests.Mutate(data, rng, rng.Next(4) == 0 ? 8 : 33);
                }

                try
                {
                    GlzHeader header = GlzDecoder.ReadHeader(data);
                    if ((long)header.Width * header.Height * 4 <= dst.Length)
                    {
                        GlzDecoder.Decode(data, window, dst, header.Width * 4, palette);
                    }
                }
                catch (CodecException)
                {
                }
            }

            rounds++;
        }

        Assert.True(rounds > 10);
    }
}
