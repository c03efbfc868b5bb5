using Spice.Codecs.Lz4;

namespace Spice.Codecs.Tests.Lz4;

/// <summary>
/// The block decoder against a byte-by-byte reference decoder written here from the LZ4 block format, on random
/// sequence streams that exercise both its fast path (short sequences far from the ends) and its careful path, and
/// on random and truncated blocks, always inside guard bytes.
/// </summary>
public class Lz4BlockDecoderTests
{
    private const int Guard = 64;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomSequencesDecodeAsTheReferenceDoes(int seed)
    {
        var rng = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            int history = rng.Next(4) == 0 ? 0 : rng.Next(1, 300);
            var (block, produced) = RandomBlock(rng, history, rng.Next(1, 60));
            int slack = rng.Next(3) == 0 ? 0 : rng.Next(0, 40);
            var expected = new byte[history + produced];
            FillHistory(expected.AsSpan(0, history), seed + round);
            Assert.Equal(produced, Reference(block, expected, history));

            var buffer = new byte[Guard + history + produced + slack + Guard];
            buffer.AsSpan().Fill(0xA5);
            var output = buffer.AsSpan(Guard, history + produced + slack);
            FillHistory(output[..history], seed + round);
            Assert.Equal(produced, Lz4BlockDecoder.Decode(block, output, history));
            Assert.Equal(expected, output[..(history + produced)].ToArray());
            AssertGuards(buffer, history + produced + slack);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void CorruptBlocksThrowInsideTheBuffer(int seed)
    {
        var rng = new Random(seed);
        for (int round = 0; round < 3000; round++)
        {
            byte[] block;
            int history = rng.Next(0, 100);
            if (rng.Next(2) == 0)
            {
                block = new byte[rng.Next(1, 200)];
                rng.NextBytes(block);
            }
            else
            {
                (block, _) = RandomBlock(rng, history, rng.Next(1, 30));
                block = rng.Next(2) == 0 ? block[..rng.Next(1, block.Length + 1)] : block;
                for (int i = rng.Next(0, 4); i > 0; i--)
                {
                    block[rng.Next(block.Length)] = (byte)rng.Next(256);
                }
            }

            int size = history + rng.Next(0, 400);
            var buffer = new byte[Guard + size + Guard];
            buffer.AsSpan().Fill(0xA5);
            var copy = (byte[])block.Clone();
            try
            {
                int produced = Lz4BlockDecoder.Decode(copy, buffer.AsSpan(Guard, size), history);
                Assert.InRange(produced, 0, size - history);
            }
            catch (CodecException)
            {
            }

            Assert.Equal(block, copy);
            AssertGuards(buffer, size);
        }
    }

    private static void AssertGuards(byte[] buffer, int size)
    {
        Assert.All(buffer[..Guard], b => Assert.Equal(0xA5, b));
        Assert.All(buffer[(Guard + size)..], b => Assert.Equal(0xA5, b));
    }

    private static void FillHistory(Span<byte> history, int seed) => new Random(seed).NextBytes(history);

    /// <summary>A valid block of <paramref name="sequences"/> sequences after <paramref name="history"/> bytes.</summary>
    private static (byte[] Block, int Produced) RandomBlock(Random rng, int history, int sequences)
    {
        var block = new List<byte>();
        int at = history;
        for (int s = 0; s < sequences; s++)
        {
            bool last = s == sequences - 1;
            int lit = rng.Next(5) switch
            {
                0 => 0,
                1 or 2 => rng.Next(1, 15),
                3 => rng.Next(15, 80),
                _ => rng.Next(80, 700),
            };
            if (at == 0 && lit == 0 && !last)
            {
                lit = 1;
            }

            int len = last ? 0 : rng.Next(4) switch
            {
                0 or 1 => rng.Next(4, 19),
                2 => rng.Next(19, 100),
                _ => rng.Next(100, 600),
            };
            int offset = last ? 0 : rng.Next(3) switch
            {
                0 => rng.Next(1, Math.Min(16, at + lit + 1)),
                1 => rng.Next(1, Math.Min(40, at + lit + 1)),
                _ => rng.Next(1, Math.Min(65536, at + lit + 1)),
            };
            block.Add((byte)((Math.Min(lit, 15) << 4) | (last ? 0 : Math.Min(len - 4, 15))));
            AddLength(block, lit);
            for (int i = 0; i < lit; i++)
            {
                block.Add((byte)rng.Next(256));
            }

            at += lit;
            if (last)
            {
                break;
            }

            block.Add((byte)offset);
            block.Add((byte)(offset >> 8));
            AddLength(block, len - 4);
            at += len;
        }

        return ([.. block], at - history);
    }

    private static void AddLength(List<byte> block, int n)
    {
        if (n < 15)
        {
            return;
        }

        for (n -= 15; n >= 255; n -= 255)
        {
            block.Add(255);
        }

        block.Add((byte)n);
    }

    /// <summary>Byte-at-a-time decoding straight from the format, for valid blocks only.</summary>
    private static int Reference(byte[] block, byte[] output, int written)
    {
        int ip = 0;
        int op = written;
        while (true)
        {
            int token = block[ip++];
            int lit = token >> 4;
            if (lit == 15)
            {
                int b;
                do
                {
                    b = block[ip++];
                    lit += b;
                }
                while (b == 255);
            }

            for (int i = 0; i < lit; i++)
            {
                output[op++] = block[ip++];
            }

            if (ip == block.Length)
            {
                return op - written;
            }

            int offset = block[ip] | (block[ip + 1] << 8);
            ip += 2;
            int len = token & 15;
            if (len == 15)
            {
                int b;
                do
                {
                    b = block[ip++];
                    len += b;
                }
                while (b == 255);
            }

            for (int i = 0; i < len + 4; i++, op++)
            {
                output[op] = output[op - offset];
            }
        }
    }
}
