using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Lz;

namespace Spice.Fuzz.Codecs;

/// <summary>Random, mutated and truncated LZ streams: only CodecException may escape.</summary>
public class LzFuzzTests
{
    internal static byte[] Seed(LzImageType type, int w, int h, Random rng)
    {
        var px = new byte[w * h * 4];
        for (int i = 0; i < px.Length; i++)
        {
            // Few distinct values so the streams contain plenty of matches to corrupt.
            px[i] = (byte)(rng.Next(4) * 60);
        }

        var writer = new ArrayBufferWriter<byte>();
        LzEncoder.Encode(px, w, h, w * 4, type, writer);
        return writer.WrittenSpan.ToArray();
    }

    internal static void Mutate(byte[] data, Random rng, int firstMutable)
    {
        if (data.Length <= firstMutable)
        {
            return;
        }

        int edits = 1 + rng.Next(4);
        for (int e = 0; e < edits; e++)
        {
            int at = firstMutable + rng.Next(data.Length - firstMutable);
            data[at] = rng.Next(3) == 0 ? (byte)rng.Next(256) : (byte)(data[at] ^ (1 << rng.Next(8)));
        }
    }

    private static void DecodeExpectingOnlyCodecErrors(byte[] data, byte[] dst, uint[] palette)
    {
        try
        {
            LzHeader h = LzDecoder.ReadHeader(data);
            if ((long)h.Width * h.Height * 4 > dst.Length)
            {
                return;
            }

            LzDecoder.Decode(data, dst, h.Width * 4, palette);
        }
        catch (CodecException)
        {
        }
    }

    [Fact]
    public void MutatedAndTruncatedStreams()
    {
        var rng = new Random(1234);
        var dst = new byte[64 * 64 * 4];
        uint[] palette = [1, 2, 3];
        var deadline = DateTime.UtcNow.AddSeconds(2);
        int iterations = 0;
        while (DateTime.UtcNow < deadline && iterations < 20000)
        {
            var type = rng.Next(2) == 0 ? LzImageType.Rgb32 : LzImageType.Rgba;
            byte[] seed = Seed(type, 1 + rng.Next(40), 1 + rng.Next(40), rng);
            byte[] data = rng.Next(4) == 0 ? seed[..rng.Next(seed.Length)] : seed;
            Mutate(data, rng, rng.Next(3) == 0 ? 8 : 28);
            if (rng.Next(5) == 0 && data.Length > 11)
            {
                // Reinterpret the body as another type, palettes included.
                data[11] = (byte)(1 + rng.Next(11));
            }

            DecodeExpectingOnlyCodecErrors(data, dst, palette);
            iterations++;
        }

        Assert.True(iterations > 100);
    }

    [Fact]
    public void RandomBodiesBehindValidHeaders()
    {
        var rng = new Random(99);
        var dst = new byte[32 * 32 * 4];
        uint[] palette = [.. Enumerable.Range(0, 256).Select(i => (uint)i)];
        for (int i = 0; i < 5000; i++)
        {
            byte[] header = Seed(LzImageType.Rgb32, 32, 32, rng)[..28];
            header[11] = (byte)(1 + rng.Next(11));
            var body = new byte[rng.Next(200)];
            rng.NextBytes(body);
            DecodeExpectingOnlyCodecErrors([.. header, .. body], dst, palette);
        }
    }
}
