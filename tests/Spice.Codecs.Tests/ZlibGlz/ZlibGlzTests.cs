using System.Buffers;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;
using Spice.Codecs.Tests.Lz;
using Spice.Codecs.ZlibGlz;

namespace Spice.Codecs.Tests.ZlibGlz;

public class ZlibGlzTests
{
    private const int W = 256, H = 200;

    private static (byte[] Zlib, int GlzSize) Encode(byte[] src, GlzEncoderDictionary dict)
    {
        var writer = new ArrayBufferWriter<byte>();
        ZlibGlzEncoded sizes = ZlibGlzEncoder.Encode(src, W, H, W * 4, LzImageType.Rgb32, dict, writer);
        Assert.Equal(writer.WrittenCount, sizes.ZlibSize);
        return (writer.WrittenSpan.ToArray(), sizes.GlzSize);
    }

    [Fact]
    public void RoundTripsAndShrinksText()
    {
        byte[] src = LzTestImages.Crop("text-terminal", 300, 300, W, H);
        var (zlib, glzSize) = Encode(src, new GlzEncoderDictionary(1 << 20));
        Assert.True(zlib.Length < glzSize, $"zlib {zlib.Length} vs glz {glzSize}");
        var dst = new byte[W * H * 4];
        ZlibGlzDecoder.Decode(zlib, glzSize, new GlzDecoderWindow(), dst, W * 4);
        Assert.Equal(LzTestImages.Opaque(src), dst);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void WrongGlzSizeFails(int delta)
    {
        byte[] src = LzTestImages.Crop("web-page", 0, 0, W, H);
        var (zlib, glzSize) = Encode(src, new GlzEncoderDictionary(1 << 20));
        int size = delta switch { 0 => 0, int.MaxValue => int.MaxValue, _ => glzSize + delta };
        Assert.Throws<CodecException>(() =>
            ZlibGlzDecoder.Decode(zlib, size, new GlzDecoderWindow(), new byte[W * H * 4], W * 4));
    }

    [Fact]
    public void GarbageAndTruncationFail()
    {
        byte[] src = LzTestImages.Crop("mixed", 0, 0, W, H);
        var (zlib, glzSize) = Encode(src, new GlzEncoderDictionary(1 << 20));
        var dst = new byte[W * H * 4];
        Assert.Throws<CodecException>(() => ZlibGlzDecoder.Decode([1, 2, 3, 4, 5], glzSize, new GlzDecoderWindow(), dst, W * 4));
        for (int len = 0; len < zlib.Length; len += 1 + (zlib.Length / 50))
        {
            byte[] cut = zlib[..len];
            Assert.Throws<CodecException>(() => ZlibGlzDecoder.Decode(cut, glzSize, new GlzDecoderWindow(), dst, W * 4));
        }
    }
}
