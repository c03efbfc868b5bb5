using Spice.Codecs.Jpeg;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>
/// Our JPEGs through the system's libjpeg (ImageMagick's <c>convert</c>, which CI installs with imagemagick): the
/// pixels must match Skia's decoding of the same file and stay close to the source.
/// </summary>
public sealed class JpegLibjpegDecodeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spice-jpeg-").FullName;

    [Theory]
    [InlineData(17, 9, 90)]
    [InlineData(7, 13, 60)]
    [InlineData(1920, 1080, 80)]
    public async Task LibjpegDecodesLikeSkia(int width, int height, int quality)
    {
        var photo = Corpus.Load("photo");
        var image = new CorpusImage("crop", width, height, photo.Crop(1920 - width, 1080 - height, width, height));
        var jpeg = JpegEncoderCorpusTests.Encode(image, quality, JpegEncoder.Encode);
        var skia = JpegEncoderShapeTests.Decode(jpeg, width, height);
        var libjpeg = await DecodeWithConvertAsync(jpeg, width, height);

        double agreement = ImageCompare.Psnr(skia, width * 4, libjpeg, width * 4, width, height);
        double fidelity = ImageCompare.Psnr(image.Bgra, image.Stride, libjpeg, width * 4, width, height);
        Assert.True(agreement >= 45, $"libjpeg vs Skia decoding: {agreement:F2} dB");
        Assert.True(fidelity >= 30, $"libjpeg decoding vs source: {fidelity:F2} dB");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<byte[]> DecodeWithConvertAsync(byte[] jpeg, int width, int height)
    {
        PeerTools.Require("convert");
        string input = Path.Combine(_directory, "in.jpg");
        string output = Path.Combine(_directory, "out.rgb");
        await File.WriteAllBytesAsync(input, jpeg);
        var result = await ProcessRunner.RunAsync("convert", TimeSpan.FromSeconds(60), input, "-depth", "8", $"rgb:{output}");
        Assert.True(result.Succeeded, result.Describe());
        var rgb = await File.ReadAllBytesAsync(output);
        Assert.Equal(width * height * 3, rgb.Length);
        var bgra = new byte[width * height * 4];
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            bgra[j] = rgb[i + 2];
            bgra[j + 1] = rgb[i + 1];
            bgra[j + 2] = rgb[i];
            bgra[j + 3] = 0xFF;
        }

        return bgra;
    }
}
