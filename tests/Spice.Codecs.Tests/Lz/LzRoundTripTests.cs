using System.Buffers;
using System.Buffers.Binary;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Tests.Lz;

public class LzRoundTripTests
{
    public static TheoryData<string> Pictures => [.. LzTestImages.Names];

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Rgb32CropRoundTrips(string name)
    {
        const int W = 333, H = 211;
        byte[] src = LzTestImages.Crop(name, 517, 301, W, H);
        byte[] stream = Encode(src, W, H, W * 4, LzImageType.Rgb32);

        var dst = new byte[W * H * 4];
        LzHeader header = LzDecoder.Decode(stream, dst, W * 4);

        Assert.Equal(new LzHeader(LzImageType.Rgb32, W, H, W * 4, true), header);
        Assert.Equal(LzTestImages.Opaque(src), dst);
        if (name is "solid-ui" or "text-terminal")
        {
            Assert.True(stream.Length * 4 < src.Length, $"{name}: {stream.Length} bytes is not compressed");
        }
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void RgbaCropRoundTripsIntoPaddedDestination(string name)
    {
        const int W = 190, H = 97, DstStride = (W * 4) + 36;
        byte[] src = LzTestImages.WithAlpha(LzTestImages.Crop(name, 1001, 703, W, H), W);
        byte[] stream = Encode(src, W, H, W * 4, LzImageType.Rgba);

        var dst = new byte[DstStride * H];
        LzDecoder.Decode(stream, dst, DstStride);

        for (int y = 0; y < H; y++)
        {
            Assert.Equal(src.AsSpan(y * W * 4, W * 4), dst.AsSpan(y * DstStride, W * 4));
        }
    }

    [Fact]
    public void FullFrameRoundTrips()
    {
        byte[] src = LzTestImages.Load("desktop-ui");
        byte[] stream = Encode(src, 1920, 1080, 1920 * 4, LzImageType.Rgb32);
        var dst = new byte[src.Length];
        LzDecoder.Decode(stream, dst, 1920 * 4);
        Assert.Equal(LzTestImages.Opaque(src), dst);
    }

    [Fact]
    public void SourceStrideWithPaddingIsHonoured()
    {
        const int W = 50, H = 40, Stride = (W * 4) + 12;
        byte[] tight = LzTestImages.Crop("web-page", 10, 10, W, H);
        var padded = new byte[Stride * H];
        for (int y = 0; y < H; y++)
        {
            tight.AsSpan(y * W * 4, W * 4).CopyTo(padded.AsSpan(y * Stride));
        }

        var dst = new byte[tight.Length];
        LzDecoder.Decode(Encode(padded, W, H, Stride, LzImageType.Rgb32), dst, W * 4);
        Assert.Equal(LzTestImages.Opaque(tight), dst);
    }

    [Fact]
    public void BottomUpImagesAreFlipped()
    {
        const int W = 64, H = 31;
        byte[] src = LzTestImages.Crop("mixed", 400, 400, W, H);
        byte[] stream = Encode(src, W, H, W * 4, LzImageType.Rgb32);
        BinaryPrimitives.WriteUInt32BigEndian(stream.AsSpan(24), 0);

        var dst = new byte[src.Length];
        Assert.False(LzDecoder.Decode(stream, dst, W * 4).TopDown);

        byte[] expected = LzTestImages.Opaque(src);
        for (int y = 0; y < H; y++)
        {
            Assert.Equal(expected.AsSpan((H - 1 - y) * W * 4, W * 4), dst.AsSpan(y * W * 4, W * 4));
        }
    }

    [Fact]
    public void SolidImageCompressesToAFewBytes()
    {
        const int W = 800, H = 600;
        byte[] src = new byte[W * H * 4];
        src.AsSpan().Fill(0x5A);
        byte[] stream = Encode(src, W, H, W * 4, LzImageType.Rgb32);
        Assert.True(stream.Length < 2200, $"{stream.Length} bytes");
        var dst = new byte[src.Length];
        LzDecoder.Decode(stream, dst, W * 4);
        Assert.Equal(LzTestImages.Opaque(src), dst);
    }

    internal static byte[] Encode(byte[] src, int w, int h, int stride, LzImageType type)
    {
        var writer = new ArrayBufferWriter<byte>();
        int n = LzEncoder.Encode(src, w, h, stride, type, writer);
        Assert.Equal(writer.WrittenCount, n);
        return writer.WrittenSpan.ToArray();
    }
}
