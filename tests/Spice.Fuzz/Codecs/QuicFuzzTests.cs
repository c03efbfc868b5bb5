using System.Buffers.Binary;
using System.Diagnostics;
using Spice.Codecs;
using Spice.Codecs.Quic;

namespace Spice.Fuzz.Codecs;

/// <summary>Random, mutated and cut QUIC streams: the decoder must decode or throw CodecException, and stay inside the destination.</summary>
public class QuicFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    private static byte[] Pixels(Random rng, int width, int height)
    {
        var pixels = new byte[width * height * 4];
        // Mostly repeated pixels with occasional changes, so streams contain runs as well as Golomb codes.
        for (int i = 0; i < pixels.Length; i += 4)
        {
            if (i == 0 || rng.Next(3) == 0)
            {
                rng.NextBytes(pixels.AsSpan(i, 4));
            }
            else
            {
                pixels.AsSpan(i - (rng.Next(2) == 0 || i < width * 4 ? 4 : width * 4), 4).CopyTo(pixels.AsSpan(i));
            }
        }

        return pixels;
    }

    private static byte[] ValidStream(Random rng, out int width, out int height)
    {
        width = rng.Next(1, 70);
        height = rng.Next(1, 40);
        QuicImageType[] types = [QuicImageType.Rgb32, QuicImageType.Rgb24, QuicImageType.Rgba];
        return QuicEncoder.Encode(Pixels(rng, width, height), width, height, width * 4, types[rng.Next(types.Length)]);
    }

    private static void DecodeChecked(ReadOnlySpan<byte> stream)
    {
        QuicImageInfo info;
        try
        {
            info = QuicDecoder.ReadHeader(stream);
        }
        catch (CodecException)
        {
            return;
        }

        if ((long)info.Width * info.Height > 256 * 256)
        {
            return;
        }

        int stride = info.Width * 4;
        var destination = new byte[(stride * info.Height) + 32];
        destination.AsSpan(stride * info.Height).Fill(0xA5);
        try
        {
            QuicDecoder.Decode(stream, destination.AsSpan(0, stride * info.Height), stride);
        }
        catch (CodecException)
        {
        }

        Assert.All(destination[(stride * info.Height)..], b => Assert.Equal(0xA5, b));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void MutatedStreamsDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        var clock = Stopwatch.StartNew();
        int decoded = 0;
        while (clock.Elapsed < Budget)
        {
            byte[] valid = ValidStream(rng, out _, out _);
            for (int iteration = 0; iteration < 50; iteration++)
            {
                byte[] mutated = (byte[])valid.Clone();
                switch (rng.Next(4))
                {
                    case 0:
                        for (int flips = rng.Next(1, 8); flips > 0; flips--)
                        {
                            int bit = rng.Next(mutated.Length * 8);
                            mutated[bit / 8] ^= (byte)(1 << (bit % 8));
                        }

                        break;
                    case 1:
                        rng.NextBytes(mutated.AsSpan(rng.Next(20, mutated.Length), 1));
                        break;
                    case 2:
                        // Header fields that change the meaning of the whole body.
                        BinaryPrimitives.WriteUInt32LittleEndian(mutated.AsSpan(4 * rng.Next(2, 5)), (uint)rng.Next(0, 80));
                        break;
                    default:
                        int from = rng.Next(20, mutated.Length);
                        rng.NextBytes(mutated.AsSpan(from, Math.Min(mutated.Length - from, rng.Next(1, 64))));
                        break;
                }

                DecodeChecked(mutated);
                decoded++;
            }
        }

        Assert.True(decoded > 100, $"only {decoded} streams decoded in the budget");
    }

    [Fact]
    public void CutStreamsThrowCodecException()
    {
        var rng = new Random(5);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Budget)
        {
            byte[] valid = ValidStream(rng, out int width, out int height);
            var destination = new byte[width * height * 4];
            // Cuts inside the coded body; the final 8 bytes are padding a decoder may not need.
            int cut = rng.Next(0, valid.Length - 8);
            Assert.Throws<CodecException>(() => QuicDecoder.Decode(valid.AsSpan(0, cut), destination, width * 4));
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void RandomBodiesBehindValidHeadersDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Budget)
        {
            var stream = new byte[rng.Next(20, 4000)];
            rng.NextBytes(stream);
            if (rng.Next(4) != 0)
            {
                stream.AsSpan(20, Math.Min(stream.Length - 20, rng.Next(0, 200))).Fill((byte)(rng.Next(2) == 0 ? 0xFF : 0));
            }

            BinaryPrimitives.WriteUInt32LittleEndian(stream, 0x43495551);
            BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(4), 0);
            BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(8), (uint)rng.Next(1, 6));
            BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(12), (uint)rng.Next(1, 200));
            BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(16), (uint)rng.Next(1, 200));
            DecodeChecked(stream);
        }
    }
}
