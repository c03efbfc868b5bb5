using System.Buffers;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>Our encoder against Skia's (libjpeg-turbo) on every 1080p corpus picture at the server's quality.</summary>
public class JpegEncoderCorpusTests
{
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

        Console.WriteLine($"ROW {name} ours {oursPsnr:F2} dB {ours.Length} skia {skiaPsnr:F2} dB {skia.Length} skiaDHTstd={Std(skia)}");
        Assert.True(oursPsnr >= skiaPsnr - 0.5, $"{name}: ours {oursPsnr:F2} dB, Skia {skiaPsnr:F2} dB");
        Assert.True(ours.Length <= skia.Length * 1.15, $"{name}: ours {ours.Length} bytes, Skia {skia.Length}");
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

    private static bool Std(byte[] j) { for (int i = 0; i + 1 < j.Length; i++) if (j[i] == 0xFF && j[i + 1] == 0xC4) return j[i + 5] == 0 && j[i + 6] == 1 && j[i + 7] == 5; return false; }
}
