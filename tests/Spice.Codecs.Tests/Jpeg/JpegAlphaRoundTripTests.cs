using System.Buffers;
using Spice.Codecs.Jpeg;
using Spice.Codecs.Lz;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>JPEG_ALPHA as the server builds it: a JPEG of B,G,R followed by an LZ XXXA plane of the alpha.</summary>
public class JpegAlphaRoundTripTests
{
    [Fact]
    public void JpegPlusXxxaPlaneRoundTripsAlphaExactly()
    {
        const int W = 96, H = 64;
        byte[] src = Corpus.Load("photo").Crop(400, 300, W, H);
        for (int i = 3; i < src.Length; i += 4)
        {
            int pixel = i / 4;
            src[i] = (byte)((pixel % W) < 30 ? 255 : (pixel / W) * 4);
        }

        var jpeg = new ArrayBufferWriter<byte>();
        int jpegSize = JpegEncoder.Encode(src, W, H, W * 4, 90, jpeg);
        var payload = new ArrayBufferWriter<byte>();
        payload.Write(jpeg.WrittenSpan);
        LzEncoder.Encode(src, W, H, W * 4, LzImageType.Xxxa, payload);

        var dest = new byte[W * H * 4];
        JpegAlpha.Decode(payload.WrittenSpan, jpegSize, topDown: true, dest, W * 4, out int width, out int height);

        Assert.Equal((W, H), (width, height));
        long error = 0;
        for (int i = 0; i < src.Length; i++)
        {
            if (i % 4 == 3)
            {
                Assert.Equal(src[i], dest[i]);
            }
            else
            {
                error += Math.Abs(src[i] - dest[i]);
            }
        }

        // Colour went through JPEG at quality 90: close, not exact.
        Assert.InRange(error / (W * H * 3.0), 0, 6);
    }
}
