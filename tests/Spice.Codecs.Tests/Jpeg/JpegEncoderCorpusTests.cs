using System.Buffers;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>Our encoder against Skia's (libjpeg-turbo) on every 1080p corpus picture at quality 80.</summary>
public class JpegEncoderCorpusTests
{
    /// <summary>
    /// The least a 1920x1080 scan can cost with the Annex K tables: each 16x16 MCU has four Y blocks of at least
    /// DC "no change" (2 bits) + EOB (4 bits) and two chroma blocks of 2 + 2 bits, 4 bytes in all, over 120x68 MCUs.
    /// Skia builds optimal tables per picture and can go below it on flat pictures; we use the standard tables
    /// for speed, so on flat pictures this floor, not a ratio, is the fair allowance.
    /// </summary>
    private const int StandardTableFloor = 120 * 68 * 4;

    public static TheoryData<string> Pictures => [.. Corpus.Names];

    [Theory]
    [MemberData(nameof(Pictures))]
    public void QualityAndSizeMatchSkiaAtQuality80(string name)
    {
        var image = Corpus.Load(name);
        var ours = Encode(image, 80, JpegEncoder.Encode);
        var skia = Encode(image, 80, SkiaJpegEncoder.Encode);
        double oursPsnr = DecodedPsnr(image, ours);
        double skiaPsnr = DecodedPsnr(image, skia);

        Assert.True(oursPsnr >= skiaPsnr - 0.5, $"{name}: ours {oursPsnr:F2} dB, Skia {skiaPsnr:F2} dB");
        bool flat = name is "solid-ui" or "gradient";
        double allowed = (skia.Length * 1.15) + (flat ? StandardTableFloor : 0);
        Assert.True(ours.Length <= allowed, $"{name}: ours {ours.Length} bytes, Skia {skia.Length}, allowed {allowed:F0}");
    }

    [Fact]
    public void FlatPictureCostsLittleMoreThanTheStandardTableFloor()
    {
        var image = Corpus.Load("solid-ui");
        var ours = Encode(image, 80, JpegEncoder.Encode);
        Assert.InRange(ours.Length, StandardTableFloor, StandardTableFloor * 2);
    }

    internal delegate int EncodeMethod(ReadOnlySpan<byte> bgra, int width, int height, int stride, int quality, IBufferWriter<byte> output);

    internal static byte[] Encode(CorpusImage image, int quality, EncodeMethod encode)
    {
        var output = new ArrayBufferWriter<byte>();
        int length = encode(image.Bgra, image.Width, image.Height, image.Stride, quality, output);
        Assert.Equal(output.WrittenCount, length);
        return output.WrittenSpan.ToArray();
    }

    internal static double DecodedPsnr(CorpusImage image, byte[] jpeg)
    {
        var decoded = new byte[image.Bgra.Length];
        JpegDecoder.Decode(jpeg, decoded, image.Stride, out int width, out int height);
        Assert.Equal((image.Width, image.Height), (width, height));
        return ImageCompare.Psnr(image.Bgra, image.Stride, decoded, image.Stride, width, height);
    }
}
