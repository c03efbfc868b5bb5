using Spice.Codecs;
using Spice.Codecs.Mjpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Mjpeg;

public class MjpegTests
{
    [Fact]
    public void FramesRoundTripThroughReusedBuffers()
    {
        var image = Corpus.Load("mixed");
        const int w = 320, h = 240;
        var encoder = new MjpegEncoder(80);
        var decoder = new MjpegFrameDecoder(w, h);
        for (int frame = 0; frame < 3; frame++)
        {
            var src = image.Crop(frame * 100, frame * 50, w, h);
            var jpeg = encoder.Encode(src, w, h, w * 4).ToArray();
            var pixels = decoder.Decode(jpeg);
            Assert.Equal((w, h, w * 4), (decoder.Width, decoder.Height, decoder.Stride));
            double psnr = ImageCompare.Psnr(src, w * 4, pixels, w * 4, w, h);
            Assert.True(psnr > 25, $"frame {frame}: {psnr:F2} dB");
        }
    }

    [Fact]
    public void QualityChangesSizeAndFrameSizeMayChange()
    {
        var image = Corpus.Load("photo");
        var encoder = new MjpegEncoder(90);
        var src = image.Crop(0, 0, 640, 360);
        int high = encoder.Encode(src, 640, 360, 640 * 4).Length;
        encoder.Quality = 30;
        var low = encoder.Encode(src, 640, 360, 640 * 4).ToArray();
        Assert.True(low.Length < high, $"q30 {low.Length} vs q90 {high}");
        Assert.Throws<ArgumentOutOfRangeException>(() => encoder.Quality = 101);

        var decoder = new MjpegFrameDecoder(320, 180);
        decoder.Decode(low);
        Assert.Equal((640, 360), (decoder.Width, decoder.Height));
        Assert.Equal(640 * 360 * 4, decoder.Pixels.Length);
    }

    [Fact]
    public void CorruptFrameThrowsAndKeepsPreviousSize()
    {
        var decoder = new MjpegFrameDecoder(16, 16);
        Assert.Throws<CodecException>(() => decoder.Decode([0xFF, 0xD8, 0xFF, 0x00, 1, 2, 3]));
        Assert.Equal((16, 16), (decoder.Width, decoder.Height));
    }
}
