using System.Buffers.Binary;
using Spice.Codecs.Quic;

namespace Spice.Codecs.Tests.Quic;

public class QuicCorruptionTests
{
    [Fact]
    public void Truncated_streams_throw_codec_exception()
    {
        byte[] stream = QuicGoldenVectors.Rgba;
        byte[] output = new byte[QuicGoldenVectors.Width * QuicGoldenVectors.Height * 4];

        // Cuts that remove real coded data (a prime step hits every byte phase); the last 8 bytes are padding the reference appends.
        for (int length = 0; length < stream.Length - 8; length += 29)
        {
            Assert.Throws<CodecException>(() => QuicDecoder.Decode(stream.AsSpan(0, length), output, QuicGoldenVectors.Width * 4));
        }
    }

    [Theory]
    [InlineData(0, 0x12345678u)]
    [InlineData(4, 1u)]
    [InlineData(8, 0u)]
    [InlineData(8, 6u)]
    [InlineData(12, 0u)]
    [InlineData(16, 0u)]
    [InlineData(12, 20000u)]
    [InlineData(12, 0x80000000u)]
    [InlineData(16, 0xFFFFFFFFu)]
    public void Bad_header_fields_throw_codec_exception(int offset, uint value)
    {
        byte[] stream = QuicGoldenVectors.Rgb32;
        BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(offset), value);

        Assert.Throws<CodecException>(() => QuicDecoder.ReadHeader(stream));
    }

    [Fact]
    public void Huge_header_is_rejected_before_any_allocation()
    {
        byte[] stream = QuicGoldenVectors.Rgb32[..20];
        BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(12), 16384);
        BinaryPrimitives.WriteUInt32LittleEndian(stream.AsSpan(16), 16384);

        Assert.Throws<CodecException>(() => QuicDecoder.Decode(stream, new byte[16], 65536));
    }

    [Fact]
    public void Flipped_bits_give_codec_exception_or_an_image()
    {
        byte[] original = QuicGoldenVectors.Rgba;
        byte[] output = new byte[QuicGoldenVectors.Width * QuicGoldenVectors.Height * 4];
        var random = new Random(1234);
        int failures = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            byte[] stream = (byte[])original.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
            {
                int bit = random.Next(20 * 8, stream.Length * 8);
                stream[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            try
            {
                QuicDecoder.Decode(stream, output, QuicGoldenVectors.Width * 4);
            }
            catch (CodecException)
            {
                failures++;
            }
        }

        // Most damaged streams desynchronise and run out of data or overrun a row; a few decode to garbage.
        Assert.InRange(failures, 1, 400);
    }
}
