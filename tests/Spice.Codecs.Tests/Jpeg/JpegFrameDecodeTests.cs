using System.Buffers;
using Spice.Codecs;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>The video-frame entry points of <see cref="JpegDecoder"/> give exactly the pixels of the plain decode.</summary>
public class JpegFrameDecodeTests
{
    private const int W = 120, H = 70;

    private static (byte[] Jpeg, byte[] Expected) Frame()
    {
        var crop = Corpus.Load("mixed").Crop(300, 200, W, H);
        var output = new ArrayBufferWriter<byte>();
        JpegEncoder.Encode(crop, W, H, W * 4, 75, output);
        var jpeg = output.WrittenSpan.ToArray();
        var expected = new byte[W * H * 4];
        JpegDecoder.Decode(jpeg, expected, W * 4, out _, out _);
        return (jpeg, expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ExactDecodeWritesEveryRowInPlaceAndNothingElse(bool bottomUp)
    {
        var (jpeg, expected) = Frame();
        const int Stride = (W + 9) * 4, Offset = 12;
        var dest = new byte[Offset + (Stride * H) + 16];
        Array.Fill(dest, (byte)0x5A);
        Assert.True(JpegDecoder.TryDecodeExact(jpeg, W, H, dest.AsSpan(Offset), Stride, bottomUp));
        for (var y = 0; y < H; y++)
        {
            var row = bottomUp ? H - 1 - y : y;
            Assert.True(expected.AsSpan(y * W * 4, W * 4).SequenceEqual(dest.AsSpan(Offset + (row * Stride), W * 4)), $"row {y}");
            Assert.All(dest.AsSpan(Offset + (row * Stride) + (W * 4), Stride - (W * 4)).ToArray(), b => Assert.Equal(0x5A, b));
        }

        Assert.All(dest.AsSpan(0, Offset).ToArray(), b => Assert.Equal(0x5A, b));
        Assert.All(dest.AsSpan(Offset + (Stride * H)).ToArray(), b => Assert.Equal(0x5A, b));
    }

    [Fact]
    public void ExactDecodeDeclinesOtherSizesAndTruncatedFramesWithoutWriting()
    {
        var (jpeg, _) = Frame();
        var dest = new byte[W * H * 4 * 2];
        Assert.False(JpegDecoder.TryDecodeExact(jpeg, W + 1, H, dest, (W + 1) * 4, false));
        Assert.False(JpegDecoder.TryDecodeExact(jpeg, W, H - 1, dest, W * 4, true));
        Assert.False(JpegDecoder.TryDecodeExact(jpeg.AsSpan(0, jpeg.Length - 1), W, H, dest, W * 4, false));
        Assert.False(JpegDecoder.TryDecodeExact(jpeg.AsSpan(0, jpeg.Length / 2), W, H, dest, W * 4, false));
        Assert.All(dest, b => Assert.Equal(0, b));
        Assert.Throws<CodecException>(() => JpegDecoder.TryDecodeExact([0xFF, 0xD8, 1, 2, 0xFF, 0xD9], W, H, dest, W * 4, false));
        Assert.Throws<CodecException>(() => JpegDecoder.TryDecodeExact(jpeg, W, H, dest.AsSpan(0, (W * H * 4) - 1), W * 4, false));
    }

    [Fact]
    public void BufferDecodeReusesTheBufferUntilAFrameDoesNotFit()
    {
        var (jpeg, expected) = Frame();
        var buffer = new byte[W * H * 4];
        var first = buffer;
        JpegDecoder.Decode(jpeg, ref buffer, out var w, out var h);
        Assert.Same(first, buffer);
        Assert.Equal((W, H), (w, h));
        Assert.Equal(expected, buffer);

        buffer = new byte[16];
        JpegDecoder.Decode(jpeg, ref buffer, out _, out _);
        Assert.Equal(expected, buffer);
    }
}
