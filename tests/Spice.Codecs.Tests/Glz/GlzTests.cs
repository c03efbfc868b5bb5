using System.Buffers;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;
using Spice.Codecs.Tests.Lz;

namespace Spice.Codecs.Tests.Glz;

public class GlzTests
{
    public static TheoryData<string> Pictures => [.. LzTestImages.Names];

    internal static byte[] Encode(byte[] src, int w, int h, LzImageType type, GlzEncoderDictionary dict)
    {
        var writer = new ArrayBufferWriter<byte>();
        Assert.Equal(GlzEncoder.Encode(src, w, h, w * 4, type, dict, writer), writer.WrittenCount);
        return writer.WrittenSpan.ToArray();
    }

    private static byte[] Decode(byte[] stream, GlzDecoderWindow window, int w, int h)
    {
        var dst = new byte[w * h * 4];
        GlzDecoder.Decode(stream, window, dst, w * 4);
        return dst;
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void CropRoundTrips(string name)
    {
        const int W = 321, H = 123;
        byte[] src = LzTestImages.Crop(name, 77, 555, W, H);
        byte[] rgba = LzTestImages.WithAlpha(src, W);
        var dict = new GlzEncoderDictionary(1 << 22);
        var window = new GlzDecoderWindow();

        byte[] first = Encode(src, W, H, LzImageType.Rgb32, dict);
        byte[] second = Encode(rgba, W, H, LzImageType.Rgba, dict);

        Assert.Equal(LzTestImages.Opaque(src), Decode(first, window, W, H));
        Assert.Equal(rgba, Decode(second, window, W, H));
        GlzHeader header = GlzDecoder.ReadHeader(second);
        Assert.Equal((1ul, 1u, LzImageType.Rgba, true), (header.Id, header.WindowHeadDistance, header.Type, header.TopDown));
    }

    /// <summary>
    /// Noise is all literal runs, so every run length and every way a run can end at the stream's end (where the
    /// vector expansion must stop reading early) round-trips.
    /// </summary>
    [Fact]
    public void LiteralRunsOfEveryLengthRoundTrip()
    {
        var rng = new Random(7);
        for (int w = 1; w <= 70; w++)
        {
            int h = 1 + (w % 3);
            var src = new byte[w * h * 4];
            rng.NextBytes(src);
            var window = new GlzDecoderWindow();
            var dict = new GlzEncoderDictionary(1 << 16);
            byte[] opaque = (byte[])src.Clone();
            for (int i = 3; i < opaque.Length; i += 4)
            {
                opaque[i] = 0xFF;
            }

            Assert.Equal(opaque, Decode(Encode(src, w, h, LzImageType.Rgb32, dict), window, w, h));
            Assert.Equal(src, Decode(Encode(src, w, h, LzImageType.Rgba, dict), window, w, h));
        }
    }

    /// <summary>Runs that repeat the pixels 1 to 20 back, of many lengths, up to the image's last pixel.</summary>
    [Fact]
    public void MatchesOfEveryDistanceRoundTrip()
    {
        var rng = new Random(8);
        for (int round = 0; round < 60; round++)
        {
            int w = rng.Next(1, 90), h = rng.Next(1, 6);
            var src = new uint[w * h];
            for (int i = 0; i < src.Length;)
            {
                int distance = rng.Next(1, 21);
                int run = rng.Next(1, 60);
                for (; run > 0 && i < src.Length; run--, i++)
                {
                    src[i] = i >= distance && rng.Next(8) != 0 ? src[i - distance] : (uint)rng.Next();
                }
            }

            byte[] bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(src.AsSpan()).ToArray();
            byte[] opaque = (byte[])bytes.Clone();
            for (int i = 3; i < opaque.Length; i += 4)
            {
                opaque[i] = 0xFF;
            }

            var window = new GlzDecoderWindow();
            var dict = new GlzEncoderDictionary(1 << 16);
            Assert.Equal(opaque, Decode(Encode(bytes, w, h, LzImageType.Rgb32, dict), window, w, h));
            Assert.Equal(bytes, Decode(Encode(bytes, w, h, LzImageType.Rgba, dict), window, w, h));
        }
    }

    [Fact]
    public void FullFrameRoundTripsAndRepeatIsTiny()
    {
        byte[] src = LzTestImages.Load("photo");
        var dict = new GlzEncoderDictionary(1 << 23);
        var window = new GlzDecoderWindow();
        byte[] first = Encode(src, 1920, 1080, LzImageType.Rgb32, dict);
        byte[] second = Encode(src, 1920, 1080, LzImageType.Rgb32, dict);

        Assert.Equal(LzTestImages.Opaque(src), Decode(first, window, 1920, 1080));
        Assert.Equal(LzTestImages.Opaque(src), Decode(second, window, 1920, 1080));
        Assert.True(second.Length * 50 < first.Length, $"repeat {second.Length} vs first {first.Length}");
    }

    [Theory]
    [InlineData("desktop-ui")]
    [InlineData("text-terminal")]
    [InlineData("noise")]
    public void ShiftedContentReferencesEarlierImages(string name)
    {
        const int W = 400, H = 300;
        var dict = new GlzEncoderDictionary(1 << 22);
        var window = new GlzDecoderWindow();
        var lzAlone = new ArrayBufferWriter<byte>();
        for (int step = 0; step < 4; step++)
        {
            byte[] src = LzTestImages.Crop(name, 200 + (step * 7), 100 + (step * 3), W, H);
            byte[] stream = Encode(src, W, H, LzImageType.Rgb32, dict);
            Assert.Equal(LzTestImages.Opaque(src), Decode(stream, window, W, H));
            if (step > 0)
            {
                lzAlone.ResetWrittenCount();
                int lz = LzEncoder.Encode(src, W, H, W * 4, LzImageType.Rgb32, lzAlone);
                Assert.True(stream.Length * 3 < lz, $"step {step}: GLZ {stream.Length} vs LZ {lz}");
            }
        }
    }

    [Fact]
    public void ReferenceToAnImageNotInTheWindowFails()
    {
        const int W = 100, H = 80;
        byte[] src = LzTestImages.Crop("web-page", 0, 0, W, H);
        var dict = new GlzEncoderDictionary(1 << 20);
        Encode(src, W, H, LzImageType.Rgb32, dict);
        byte[] second = Encode(src, W, H, LzImageType.Rgb32, dict);
        Assert.Throws<CodecException>(() => Decode(second, new GlzDecoderWindow(), W, H));
    }

    [Fact]
    public void WindowsEvictOldImages()
    {
        const int W = 64, H = 64;
        var dict = new GlzEncoderDictionary(W * H * 3);
        var window = new GlzDecoderWindow();
        for (int i = 0; i < 20; i++)
        {
            byte[] src = LzTestImages.Crop("mixed", i * 11, i * 5, W, H);
            Assert.Equal(LzTestImages.Opaque(src), Decode(Encode(src, W, H, LzImageType.Rgb32, dict), window, W, H));
        }

        Assert.Equal(3, dict.Count);
        Assert.InRange(window.Count, 1, 4);
        Assert.False(window.Contains(10));
        Assert.True(window.Contains(19));
    }

    [Fact]
    public void EveryTruncationFails()
    {
        const int W = 30, H = 20;
        byte[] src = LzTestImages.WithAlpha(LzTestImages.Crop("desktop-ui", 900, 20, W, H), W);
        byte[] stream = Encode(src, W, H, LzImageType.Rgba, new GlzEncoderDictionary(1 << 20));
        for (int len = 0; len < stream.Length; len++)
        {
            byte[] cut = stream[..len];
            Assert.Throws<CodecException>(() => Decode(cut, new GlzDecoderWindow(), W, H));
        }
    }

    [Fact]
    public void CrossImageReferencePastTheReferencedImageFails()
    {
        var window = new GlzDecoderWindow();
        byte[] small = Encode(new byte[4 * 4 * 4], 4, 4, LzImageType.Rgb32, new GlzEncoderDictionary(1000));
        Decode(small, window, 4, 4);
        // Image 1, 8x1: a 7-pixel match (field 7, no extension) at offset 12 of image 0, which has 16 pixels.
        byte[] stream = [.. small[..33], 0, 0xAC, 0x00, 0x00, 0x01, 0xE0 | 12, 0, 0, 1];
        stream[12] = 8;
        stream[16] = 1;
        stream[20] = 32;
        stream[28] = 1;
        stream[32] = 1;
        Assert.Throws<CodecException>(() => Decode(stream, window, 8, 1));
    }

    [Fact]
    public void SharedImageMatchesDecodeAndOutlivesTheWindow()
    {
        const int W = 300, H = 240;
        byte[] src = LzTestImages.Crop(LzTestImages.Names[0], 10, 20, W, H);
        byte[] other = LzTestImages.Crop(LzTestImages.Names[^1], 30, 40, W, H);
        var dict = new GlzEncoderDictionary(1 << 22);
        byte[] first = Encode(src, W, H, LzImageType.Rgb32, dict);
        byte[] second = Encode(other, W, H, LzImageType.Rgb32, new GlzEncoderDictionary(1 << 22));
        var window = new GlzDecoderWindow();
        Assert.True(GlzDecoder.ReadHeader(first).IsShareable);

        GlzImage shared = GlzDecoder.DecodeShared(first, window);
        byte[] expected = LzTestImages.Opaque(src);
        Assert.Equal(expected, System.Runtime.InteropServices.MemoryMarshal.AsBytes(shared.Pixels.AsSpan()).ToArray());

        // The window lets go of it, and same-sized images decode next: they must not reuse the caller's buffer.
        window.Clear();
        for (int i = 0; i < 3; i++)
        {
            window.Clear();
            Decode(second, window, W, H);
        }

        Assert.Equal(expected, System.Runtime.InteropServices.MemoryMarshal.AsBytes(shared.Pixels.AsSpan()).ToArray());
        shared.Release();
    }
}
