using System.Drawing;
using Spice.Server;
using Spice.TestSupport;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>Our client against our server over loopback: the picture arrives exactly for every lossless codec, and later updates follow.</summary>
public sealed class LoopbackPixelTests
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
    public async Task Lossless_codec_arrives_exactly(ImageCodecPolicy codec, string name)
    {
        var picture = LoopbackServer.Crop(name, 800, 600);
        await using var server = await LoopbackServer.StartAsync(picture, codec);
        await using var session = await server.ConnectAsync();

        var shot = await LoopbackServer.CaptureWhenAsync(session, s => LoopbackServer.CountDifferent(picture, s) == 0);

        Assert.NotNull(shot);
        Assert.Equal((picture.Width, picture.Height), (shot.Width, shot.Height));
        Assert.Equal(0, LoopbackServer.CountDifferent(picture, shot));
    }

    [Fact]
    public async Task Jpeg_stays_within_psnr()
    {
        var picture = LoopbackServer.Crop("photo", 800, 600);
        await using var server = await LoopbackServer.StartAsync(picture, ImageCodecPolicy.Jpeg);
        await using var session = await server.ConnectAsync();

        var shot = await LoopbackServer.CaptureWhenAsync(session, s => Psnr(picture, s) >= 30);

        Assert.NotNull(shot);
        var psnr = Psnr(picture, shot);
        Assert.True(psnr >= 30, $"PSNR {psnr:F1} dB is below 30 dB");
        Assert.True(LoopbackServer.CountDifferent(picture, shot) > 0, "JPEG came through bit-exact: was it JPEG at all?");
    }

    [Theory]
    [InlineData(ImageCodecPolicy.Off)]
    [InlineData(ImageCodecPolicy.Glz)]
    [InlineData(ImageCodecPolicy.Auto)]
    public async Task Second_update_reaches_the_client(ImageCodecPolicy codec)
    {
        var picture = LoopbackServer.Crop("desktop-ui", 640, 480);
        await using var server = await LoopbackServer.StartAsync(picture, codec);
        await using var session = await server.ConnectAsync();
        Assert.NotNull(await LoopbackServer.CaptureWhenAsync(session, s => LoopbackServer.CountDifferent(picture, s) == 0));

        var box = new Rectangle(100, 120, 57, 33);
        var expected = picture with { Bgra = (byte[])picture.Bgra.Clone() };
        using (var frame = server.Display.Lock())
        {
            Fill(frame.Pixels, frame.Stride, box, 0x20, 0x80, 0xE0);
            Fill(expected.Bgra, expected.Stride, box, 0x20, 0x80, 0xE0);
        }

        server.Display.Invalidate(box);
        var shot = await LoopbackServer.CaptureWhenAsync(session, s => LoopbackServer.CountDifferent(expected, s) == 0);

        Assert.NotNull(shot);
        Assert.Equal(0, LoopbackServer.CountDifferent(expected, shot));
    }

    private static void Fill(Span<byte> bgra, int stride, Rectangle box, byte b, byte g, byte r)
    {
        for (var y = box.Top; y < box.Bottom; y++)
        {
            for (var x = box.Left; x < box.Right; x++)
            {
                var at = (y * stride) + (x * 4);
                bgra[at] = b;
                bgra[at + 1] = g;
                bgra[at + 2] = r;
                bgra[at + 3] = 0xFF;
            }
        }
    }

    private static double Psnr(CorpusImage expected, Spice.Client.Display.DisplaySnapshot shot) =>
        shot.Width != expected.Width || shot.Height != expected.Height
            ? 0
            : ImageCompare.Psnr(expected.Bgra, expected.Stride, shot.Bgra, shot.Stride, expected.Width, expected.Height);
}
