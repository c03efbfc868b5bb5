using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Server;

/// <summary>
/// Our server in-process, the real spice-gtk client (spicy-screenshot) outside: what the client
/// shows must be the picture the server was given, pixel for pixel for every lossless codec.
/// </summary>
public sealed class ServerScreenshotTests
{
    public static TheoryData<ImageCodecPolicy, string> LosslessCases() => new()
    {
        { ImageCodecPolicy.Off, "desktop-ui" },
        { ImageCodecPolicy.Lz, "text-terminal" },
        { ImageCodecPolicy.Glz, "web-page" },
        { ImageCodecPolicy.Lz4, "mixed" },
        { ImageCodecPolicy.Quic, "photo" },
        { ImageCodecPolicy.Auto, "photo" },
        { ImageCodecPolicy.Auto, "solid-ui" },
    };

    [Theory]
    [MemberData(nameof(LosslessCases))]
    public async Task Lossless_codec_shows_the_picture_exactly(ImageCodecPolicy codec, string picture)
    {
        var image = Corpus.Load(picture).SubImage(0, 0, 1024, 768);
        await using var server = await StartAsync(image, codec, password: null);
        using var codecs = new CodecsSeen(server.Port);

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);

        AssertSameSize(image, shot);
        Assert.Equal(0, ImageCompare.CountDifferentPixels(image.Bgra, image.Stride, shot.Bgra, shot.Width * 4, image.Width, image.Height, ignoreAlpha: true));
        if (codec != ImageCodecPolicy.Auto)
        {
            Assert.Equal([Expected(codec)], codecs.Names);
        }
    }

    [Fact]
    public async Task Auto_picks_quic_for_a_photo()
    {
        var image = Corpus.Load("photo").SubImage(0, 0, 1024, 768);
        await using var server = await StartAsync(image, ImageCodecPolicy.Auto, password: null);
        using var codecs = new CodecsSeen(server.Port);

        await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);

        Assert.Equal(["quic"], codecs.Names);
    }

    private static string Expected(ImageCodecPolicy codec) => codec == ImageCodecPolicy.Off ? "bitmap" : codec.ToString().ToLowerInvariant();

    [Theory]
    [InlineData(ImageCodecPolicy.Off)]
    [InlineData(ImageCodecPolicy.Lz)]
    public async Task Full_hd_picture_arrives_exactly(ImageCodecPolicy codec)
    {
        var image = Corpus.Load("desktop-ui");
        await using var server = await StartAsync(image, codec, password: null);

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);

        AssertSameSize(image, shot);
        Assert.Equal(0, ImageCompare.CountDifferentPixels(image.Bgra, image.Stride, shot.Bgra, shot.Width * 4, image.Width, image.Height, ignoreAlpha: true));
    }

    [Fact]
    public async Task Jpeg_stays_within_psnr()
    {
        var image = Corpus.Load("photo").SubImage(0, 0, 1024, 768);
        await using var server = await StartAsync(image, ImageCodecPolicy.Jpeg, password: null);

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);

        AssertSameSize(image, shot);
        var psnr = ImageCompare.Psnr(image.Bgra, image.Stride, shot.Bgra, shot.Width * 4, image.Width, image.Height);
        Assert.True(psnr >= 30, $"PSNR {psnr:F1} dB is below 30 dB");
    }

    [Fact]
    public async Task Right_password_is_accepted()
    {
        var image = Corpus.Load("solid-ui").SubImage(0, 0, 640, 480);
        await using var server = await StartAsync(image, ImageCodecPolicy.Auto, password: "s3cret");

        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port, "s3cret");

        AssertSameSize(image, shot);
    }

    [Fact]
    public async Task Wrong_password_makes_spicy_screenshot_fail()
    {
        var image = Corpus.Load("solid-ui").SubImage(0, 0, 640, 480);
        await using var server = await StartAsync(image, ImageCodecPolicy.Auto, password: "s3cret");

        var exit = await SpicyScreenshot.ExitCodeAsync("127.0.0.1", server.Port, "wrong", TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, exit);
    }

    private static void AssertSameSize(CorpusImage image, PeerImage shot)
    {
        Assert.Equal(image.Width, shot.Width);
        Assert.Equal(image.Height, shot.Height);
    }

    private static async Task<SpiceServer> StartAsync(CorpusImage image, ImageCodecPolicy codec, string? password)
    {
        var display = new SpiceDisplay(image.Width, image.Height);
        display.Write(image.Bgra, image.Stride, display.Bounds);
        var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = password, ImageCodec = codec }, display);
        await server.StartAsync();
        return server;
    }
}
