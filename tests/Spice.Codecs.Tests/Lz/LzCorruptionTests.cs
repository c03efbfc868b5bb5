using System.Buffers.Binary;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Tests.Lz;

public class LzCorruptionTests
{
    private static byte[] SmallStream(LzImageType type)
    {
        const int W = 40, H = 30;
        byte[] src = LzTestImages.WithAlpha(LzTestImages.Crop("desktop-ui", 100, 100, W, H), W);
        return LzRoundTripTests.Encode(src, W, H, W * 4, type);
    }

    [Theory]
    [InlineData(LzImageType.Rgb32)]
    [InlineData(LzImageType.Rgba)]
    public void EveryTruncationFails(LzImageType type)
    {
        byte[] stream = SmallStream(type);
        var dst = new byte[40 * 30 * 4];
        for (int len = 0; len < stream.Length; len++)
        {
            byte[] cut = stream[..len];
            Assert.Throws<CodecException>(() => LzDecoder.Decode(cut, dst, 40 * 4));
        }
    }

    [Fact]
    public void TrailingBytesFail()
    {
        byte[] stream = [.. SmallStream(LzImageType.Rgb32), 0];
        Assert.Throws<CodecException>(() => LzDecoder.Decode(stream, new byte[40 * 30 * 4], 40 * 4));
    }

    [Theory]
    [InlineData(0, 0x4C5A2021u)]
    [InlineData(4, 0x00010002u)]
    [InlineData(8, 0u)]
    [InlineData(8, 12u)]
    [InlineData(12, 0u)]
    [InlineData(12, 100000u)]
    [InlineData(16, 0x7FFFFFFFu)]
    [InlineData(20, 41u * 4)]
    public void BadHeaderFieldsFail(int offset, uint value)
    {
        byte[] stream = SmallStream(LzImageType.Rgb32);
        BinaryPrimitives.WriteUInt32BigEndian(stream.AsSpan(offset), value);
        Assert.Throws<CodecException>(() => LzDecoder.ReadHeader(stream));
    }

    [Fact]
    public void ReferenceBeforeTheStartFails()
    {
        byte[] s = LzVectorTests.Stream(LzImageType.Rgb32, 4, 1, 16, 0, 1, 2, 3, 0x40, 5);
        Assert.Throws<CodecException>(() => LzDecoder.Decode(s, new byte[16], 16));
    }

    [Fact]
    public void MatchPastTheEndFails()
    {
        byte[] s = LzVectorTests.Stream(LzImageType.Rgb32, 4, 1, 16, 0, 1, 2, 3, 0xA0, 0);
        Assert.Throws<CodecException>(() => LzDecoder.Decode(s, new byte[16], 16));
    }

    [Fact]
    public void HugeLengthExtensionFailsWithoutOverflow()
    {
        var body = new List<byte> { 0, 1, 2, 3, 0xE0 };
        body.AddRange(Enumerable.Repeat((byte)255, 100_000));
        byte[] s = LzVectorTests.Stream(LzImageType.Rgb32, 4, 1, 16, [.. body]);
        Assert.Throws<CodecException>(() => LzDecoder.Decode(s, new byte[16], 16));
    }
}
