using System.Buffers;
using SkiaSharp;
using Spice.Codecs;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

public class JpegTests
{
    /// <summary>Quality 90 on a photograph keeps the colours above this (measured 43.0 dB with Skia 3.119; quality 20 gives 35.5 dB).</summary>
    private const double PhotoPsnrAtQuality90 = 40.0;

    private static byte[] EncodeImage(CorpusImage image, int quality)
    {
        var output = new ArrayBufferWriter<byte>();
        int n = JpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, quality, output);
        Assert.Equal(output.WrittenCount, n);
        return output.WrittenSpan.ToArray();
    }

    [Fact]
    public void PhotoRoundTripsWithinPsnr()
    {
        var image = Corpus.Load("photo");
        var jpeg = EncodeImage(image, 90);
        Assert.True(jpeg.Length < image.Bgra.Length / 8, $"photo JPEG is {jpeg.Length} bytes");

        int destStride = image.Stride + 64;
        var dest = new byte[destStride * image.Height];
        JpegDecoder.Decode(jpeg, dest, destStride, out int w, out int h);
        Assert.Equal((image.Width, image.Height), (w, h));
        double psnr = ImageCompare.Psnr(image.Bgra, image.Stride, dest, destStride, w, h);
        Assert.True(psnr >= PhotoPsnrAtQuality90, $"PSNR {psnr:F2} dB");

        for (int y = 0; y < h; y++)
        {
            Assert.Equal(0xFF, dest[y * destStride + 3]);
            Assert.Equal(0, dest[y * destStride + image.Stride]);
        }
    }

    [Fact]
    public void LowerQualityIsSmallerAndWorse()
    {
        var image = Corpus.Load("photo");
        var high = EncodeImage(image, 90);
        var low = EncodeImage(image, 20);
        Assert.True(low.Length < high.Length / 2, $"q20 {low.Length} vs q90 {high.Length}");
        var dest = new byte[image.Bgra.Length];
        JpegDecoder.Decode(low, dest, image.Stride, out _, out _);
        double lowPsnr = ImageCompare.Psnr(image.Bgra, image.Stride, dest, image.Stride, image.Width, image.Height);
        JpegDecoder.Decode(high, dest, image.Stride, out _, out _);
        double highPsnr = ImageCompare.Psnr(image.Bgra, image.Stride, dest, image.Stride, image.Width, image.Height);
        Assert.True(lowPsnr < highPsnr - 2, $"q20 {lowPsnr:F2} dB vs q90 {highPsnr:F2} dB");
    }

    [Fact]
    public void ReadSizeReadsHeader()
    {
        var image = Corpus.Load("desktop-ui");
        var crop = new CorpusImage("crop", 123, 45, image.Crop(10, 20, 123, 45));
        JpegDecoder.ReadSize(EncodeImage(crop, 75), out int w, out int h);
        Assert.Equal((123, 45), (w, h));
    }

    [Fact]
    public void TruncatedJpegThrows()
    {
        var image = Corpus.Load("photo");
        var crop = new CorpusImage("crop", 200, 150, image.Crop(900, 500, 200, 150));
        var jpeg = EncodeImage(crop, 80);
        var dest = new byte[200 * 4 * 150];
        foreach (int n in new[] { 0, 1, 3, 20, 200, jpeg.Length / 2, jpeg.Length - 2 })
        {
            Assert.Throws<CodecException>(() => JpegDecoder.Decode(jpeg.AsSpan(0, n), dest, 800, out _, out _));
        }
    }

    [Fact]
    public void GarbageAndOtherFormatsThrow()
    {
        var dest = new byte[1 << 16];
        var garbage = new byte[4096];
        new Random(4).NextBytes(garbage);
        garbage[0] = 0xFF;
        garbage[1] = 0xD8;
        Assert.Throws<CodecException>(() => JpegDecoder.Decode(garbage, dest, 64, out _, out _));

        using var bitmap = new SKBitmap(8, 8);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        Assert.Throws<CodecException>(() => JpegDecoder.Decode(png.AsSpan(), dest, 32, out _, out _));
    }

    [Fact]
    public void DestinationTooSmallThrows()
    {
        var image = Corpus.Load("photo");
        var crop = new CorpusImage("crop", 64, 64, image.Crop(0, 0, 64, 64));
        var jpeg = EncodeImage(crop, 80);
        Assert.Throws<CodecException>(() => JpegDecoder.Decode(jpeg, new byte[64 * 64 * 4 - 1], 256, out _, out _));
        Assert.Throws<CodecException>(() => JpegDecoder.Decode(jpeg, new byte[1 << 16], 255, out _, out _));
    }

    [Fact]
    public void EncoderRejectsBadArguments()
    {
        var output = new ArrayBufferWriter<byte>();
        Assert.Throws<ArgumentOutOfRangeException>(() => JpegEncoder.Encode(new byte[16], 2, 2, 8, 0, output));
        Assert.Throws<CodecException>(() => JpegEncoder.Encode(new byte[15], 2, 2, 8, 50, output));
    }

    [Fact]
    public void AlphaPlaneIsMergedBottomUp()
    {
        var dest = new byte[2 * 2 * 4];
        dest.AsSpan().Fill(0x55);
        byte[] alpha =
        [
            9, 9, 9, 0x10, 9, 9, 9, 0x20, 7, 7,
            9, 9, 9, 0x30, 9, 9, 9, 0x40, 7, 7,
        ];
        JpegAlpha.Apply(alpha, 10, alphaTopDown: false, dest, 8, 2, 2);
        Assert.Equal([0x55, 0x55, 0x55, 0x30, 0x55, 0x55, 0x55, 0x40, 0x55, 0x55, 0x55, 0x10, 0x55, 0x55, 0x55, 0x20], dest);
        Assert.Throws<CodecException>(() => JpegAlpha.Apply(alpha.AsSpan(0, 17), 10, true, dest, 8, 2, 2));
    }

    [Fact]
    public void AlphaPayloadMustCarryAnXxxaPlane()
    {
        var image = Corpus.Load("photo");
        var crop = new CorpusImage("crop", 16, 8, image.Crop(0, 0, 16, 8));
        var jpeg = EncodeImage(crop, 80);
        var lz = new ArrayBufferWriter<byte>();
        Spice.Codecs.Lz.LzEncoder.Encode(crop.Bgra, 16, 8, 64, Spice.Codecs.Lz.LzImageType.Rgba, lz);
        byte[] payload = [.. jpeg, .. lz.WrittenSpan];
        var dest = new byte[16 * 8 * 4];
        Assert.Throws<CodecException>(() => JpegAlpha.Decode(payload, jpeg.Length, true, dest, 64, out _, out _));
        Assert.Throws<CodecException>(() => JpegAlpha.Decode(payload, payload.Length, true, dest, 64, out _, out _));
        Assert.Throws<CodecException>(() => JpegAlpha.Decode(jpeg, jpeg.Length - 10, true, dest, 64, out _, out _));
    }
}
