using System.Buffers;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>Our encoder at awkward sizes, strides and every quality, checked by decoding with Skia.</summary>
public class JpegEncoderShapeTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 4 },
        { 1, 1, 7 },
        { 2, 2, 8 },
        { 7, 13, 28 },
        { 7, 13, 31 },
        { 17, 9, 68 },
        { 17, 9, 75 },
        { 16, 16, 64 },
        { 33, 31, 133 },
        { 100, 37, 401 },
        { 257, 130, 1031 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void DecodesWithSkiaCloseToTheSourceAndToSkiasOwnEncoding(int width, int height, int stride)
    {
        var image = JpegTestImage.Create(width, height, stride);
        var ours = Encode(image, 90);
        var decoded = Decode(ours, width, height);
        double psnr = ImageCompare.Psnr(image.Bgra, stride, decoded, width * 4, width, height);

        var skiaOutput = new ArrayBufferWriter<byte>();
        SkiaJpegEncoder.Encode(image.Bgra, width, height, stride, 90, skiaOutput);
        double skiaPsnr = ImageCompare.Psnr(image.Bgra, stride, Decode(skiaOutput.WrittenSpan.ToArray(), width, height), width * 4, width, height);

        // A picture of a few pixels is a few samples, and one rounding step moves its PSNR by dBs.
        double slack = width * height < 64 ? 4.0 : 1.0;
        Assert.True(psnr >= skiaPsnr - slack, $"{width}x{height}/{stride}: ours {psnr:F2} dB, Skia {skiaPsnr:F2} dB");
    }

    [Fact]
    public void EveryQualityDecodesAndKeepsLibjpegsTables()
    {
        var image = JpegTestImage.Create(45, 29, 45 * 4);
        var sizes = new int[101];
        for (int quality = 1; quality <= 100; quality++)
        {
            var ours = Encode(image, quality);
            double psnr = ImageCompare.Psnr(image.Bgra, image.Stride, Decode(ours, image.Width, image.Height), image.Width * 4, image.Width, image.Height);
            var skia = new ArrayBufferWriter<byte>();
            SkiaJpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, quality, skia);
            double skiaPsnr = ImageCompare.Psnr(image.Bgra, image.Stride, Decode(skia.WrittenSpan.ToArray(), image.Width, image.Height), image.Width * 4, image.Width, image.Height);
            Assert.True(psnr >= skiaPsnr - 1.0, $"q{quality}: ours {psnr:F2} dB, Skia {skiaPsnr:F2} dB");

            // libjpeg-turbo (in Skia) scales the Annex K tables for a quality exactly as we must.
            Assert.Equal(JpegStreamReader.QuantizationTables(skia.WrittenSpan.ToArray()), JpegStreamReader.QuantizationTables(ours));
            sizes[quality] = ours.Length;
        }

        Assert.True(sizes[1] < sizes[50] && sizes[50] < sizes[100], $"sizes q1 {sizes[1]}, q50 {sizes[50]}, q100 {sizes[100]}");
    }

    [Fact]
    public void AlphaAndStridePaddingAreIgnored()
    {
        var opaque = JpegTestImage.Create(37, 21, 37 * 4 + 9, seed: 5, alpha: 0xFF);
        var clear = JpegTestImage.Create(37, 21, 37 * 4 + 9, seed: 5, alpha: 0x00);
        var tight = opaque.Tight();
        var expected = Encode(opaque, 75);
        Assert.Equal(expected, Encode(clear, 75));
        var output = new ArrayBufferWriter<byte>();
        JpegEncoder.Encode(tight, 37, 21, 37 * 4, 75, output);
        Assert.Equal(expected, output.WrittenSpan.ToArray());
    }

    [Fact]
    public void PaddingRepeatsTheLastColumnAndRow()
    {
        // A 17x9 picture and the 32x16 one it pads to (last column and row repeated) have the same MCUs, so the
        // same scan; only SOF's size differs.
        var small = JpegTestImage.Create(17, 9, 17 * 4, seed: 3);
        var padded = new byte[32 * 16 * 4];
        for (int y = 0; y < 16; y++)
        {
            for (int x = 0; x < 32; x++)
            {
                small.Bgra.AsSpan((Math.Min(y, 8) * small.Stride) + (Math.Min(x, 16) * 4), 4).CopyTo(padded.AsSpan(((y * 32) + x) * 4));
            }
        }

        var smallJpeg = Encode(small, 85);
        var output = new ArrayBufferWriter<byte>();
        JpegEncoder.Encode(padded, 32, 16, 32 * 4, 85, output);
        Assert.Equal(JpegStreamReader.Parse(output.WrittenSpan.ToArray()).ScanData.ToArray(), JpegStreamReader.Parse(smallJpeg).ScanData.ToArray());
    }

    [Theory]
    [InlineData(1920, 1080, 80)]
    [InlineData(17, 9, 50)]
    [InlineData(331, 77, 95)]
    public void PortablePathsMatchTheVectorPaths(int width, int height, int quality)
    {
        var picture = Corpus.Load("photo");
        var image = new CorpusImage("crop", width, height, picture.Crop(0, 0, width, height));
        var vector = new ArrayBufferWriter<byte>();
        var portable = new ArrayBufferWriter<byte>();
        JpegEncoder.Encode(image.Bgra, width, height, image.Stride, quality, vector, vectorized: true);
        JpegEncoder.Encode(image.Bgra, width, height, image.Stride, quality, portable, vectorized: false);

        // FMA and separate multiply-adds may round a coefficient sitting on a .5 boundary differently, so allow a
        // sliver of difference, far below what a wrong transform or colour matrix would make.
        var a = Decode(vector.WrittenSpan.ToArray(), width, height);
        var b = Decode(portable.WrittenSpan.ToArray(), width, height);
        double psnr = ImageCompare.Psnr(a, width * 4, b, width * 4, width, height);
        Assert.True(psnr >= 55, $"vector vs portable {psnr:F2} dB");
        Assert.InRange(portable.WrittenCount, vector.WrittenCount * 0.99, vector.WrittenCount * 1.01);
    }

    [Fact]
    public void BadArgumentsThrow()
    {
        var image = JpegTestImage.Create(8, 8, 32);
        var output = new ArrayBufferWriter<byte>();
        Assert.Throws<ArgumentOutOfRangeException>(() => JpegEncoder.Encode(image.Bgra, 8, 8, 32, 0, output));
        Assert.Throws<ArgumentOutOfRangeException>(() => JpegEncoder.Encode(image.Bgra, 8, 8, 32, 101, output));
        Assert.Throws<CodecException>(() => JpegEncoder.Encode(image.Bgra, 0, 8, 32, 80, output));
        Assert.Throws<CodecException>(() => JpegEncoder.Encode(image.Bgra, 8, 9, 32, 80, output));
        Assert.Throws<CodecException>(() => JpegEncoder.Encode(image.Bgra, 8, 8, 28, 80, output));
        Assert.Equal(0, output.WrittenCount);
    }

    internal static byte[] Encode(JpegTestImage image, int quality)
    {
        var output = new ArrayBufferWriter<byte>();
        int length = JpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, quality, output);
        Assert.Equal(output.WrittenCount, length);
        return output.WrittenSpan.ToArray();
    }

    internal static byte[] Decode(byte[] jpeg, int width, int height)
    {
        var decoded = new byte[width * height * 4];
        JpegDecoder.Decode(jpeg, decoded, width * 4, out int w, out int h);
        Assert.Equal((width, height), (w, h));
        return decoded;
    }
}
