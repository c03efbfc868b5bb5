using Spice.Codecs.Quic;

namespace Spice.Codecs.Tests.Quic;

/// <summary>Bit-exactness against spice-common's reference implementation, in both directions.</summary>
public class QuicGoldenTests
{
    [Fact]
    public void Decodes_reference_rgb32_stream_to_the_pattern()
    {
        byte[] pixels = QuicTestImages.Decode(QuicGoldenVectors.Rgb32, out QuicImageInfo info);

        Assert.Equal(new QuicImageInfo(QuicImageType.Rgb32, QuicGoldenVectors.Width, QuicGoldenVectors.Height), info);
        Assert.Equal(QuicTestImages.Opaque(QuicTestImages.Synthetic(info.Width, info.Height)), pixels);
    }

    [Fact]
    public void Decodes_reference_rgba_stream_to_the_pattern()
    {
        byte[] pixels = QuicTestImages.Decode(QuicGoldenVectors.Rgba, out QuicImageInfo info);

        Assert.Equal(QuicImageType.Rgba, info.Type);
        Assert.Equal(QuicTestImages.Synthetic(info.Width, info.Height), pixels);
    }

    [Theory]
    [InlineData(QuicImageType.Rgb32)]
    [InlineData(QuicImageType.Rgba)]
    public void Encodes_the_pattern_exactly_as_the_reference(QuicImageType type)
    {
        const int w = QuicGoldenVectors.Width, h = QuicGoldenVectors.Height;
        byte[] expected = type == QuicImageType.Rgba ? QuicGoldenVectors.Rgba : QuicGoldenVectors.Rgb32;

        byte[] encoded = QuicEncoder.Encode(QuicTestImages.Synthetic(w, h), w, h, w * 4, type);

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(encoded));
    }
}
