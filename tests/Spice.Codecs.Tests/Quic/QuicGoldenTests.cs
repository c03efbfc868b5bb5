using System.Security.Cryptography;
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

    [Fact]
    public void Decodes_reference_gray_stream()
    {
        byte[] pixels = QuicTestImages.Decode(QuicGoldenVectors.Gray, out QuicImageInfo info);

        Assert.Equal(QuicImageType.Gray, info.Type);
        byte[] expected = QuicTestImages.Synthetic(info.Width, info.Height);
        for (int i = 0; i < expected.Length; i += 4)
        {
            byte level = expected[i + 1];
            expected[i] = expected[i + 2] = level;
            expected[i + 3] = 0xFF;
        }

        Assert.Equal(expected, pixels);
    }

    [Fact]
    public void Decodes_reference_rgb16_stream_widening_five_bit_samples()
    {
        byte[] pixels = QuicTestImages.Decode(QuicGoldenVectors.Rgb16, out QuicImageInfo info);

        Assert.Equal(QuicImageType.Rgb16, info.Type);
        byte[] expected = QuicTestImages.Opaque(QuicTestImages.Synthetic(info.Width, info.Height));
        for (int i = 0; i < expected.Length; i++)
        {
            if (i % 4 != 3)
            {
                int five = expected[i] >> 3;
                expected[i] = (byte)((five << 3) | (five >> 2));
            }
        }

        Assert.Equal(expected, pixels);
    }

    /// <summary>SHA-256 of spice-common's encoder output for each full 1920x1080 corpus picture.</summary>
    [Theory]
    [InlineData("desktop-ui", 766864, "b106349442559e52bc6063dd29310273deed4167f709431d1c02b76a815c54e9")]
    [InlineData("text-terminal", 1222148, "14489f3e82ddc52720682675f14935e94ccb91ba6fb1ed80d5e9b15363eaf96b")]
    [InlineData("web-page", 521244, "1ba57996427bf2fec7eb9ad187d8434e590a3638f7413ca8f90f8b929a672198")]
    [InlineData("photo", 2164268, "0c9ba1fbf8f47843d91e5ebd67d42eff1858ece48367caff7108703f76b493d2")]
    [InlineData("mixed", 1153392, "4099224a2466738af456cb703b78331e56a655820e40a66968dab7b3c2e682de")]
    [InlineData("solid-ui", 64448, "745d63aba44ee05c9ea88de1db19e87b92e361265594dcff5830dea886dd1b03")]
    [InlineData("gradient", 592776, "f616f69f4cae6cb70050a46d6add9b7bf55527741077480b40ca288526f23450")]
    [InlineData("noise", 6222836, "23aa1ef102b160b67922e2f8f56ed005210e2b9a3124fe35b72ed4d7a0f609e0")]
    public void Full_hd_corpus_encodes_as_the_reference(string name, int expectedLength, string expectedSha256)
    {
        byte[] pixels = QuicTestImages.Corpus(name, out int width, out int height);

        byte[] encoded = QuicEncoder.Encode(pixels, width, height, width * 4, QuicImageType.Rgb32);

        Assert.Equal(expectedLength, encoded.Length);
        Assert.Equal(expectedSha256, Convert.ToHexStringLower(SHA256.HashData(encoded)));
    }

    /// <summary>The photo with alpha = (green + x) mod 256, encoded as RGBA by spice-common.</summary>
    [Fact]
    public void Full_hd_rgba_encodes_as_the_reference()
    {
        byte[] pixels = (byte[])QuicTestImages.Corpus("photo", out int width, out int height).Clone();
        for (int i = 0; i < pixels.Length; i += 4)
        {
            pixels[i + 3] = (byte)(pixels[i + 1] + (i / 4 % width));
        }

        byte[] encoded = QuicEncoder.Encode(pixels, width, height, width * 4, QuicImageType.Rgba);

        Assert.Equal(2990808, encoded.Length);
        Assert.Equal("d012d7bb64ca12757569cbd32d3cc9449e16d8c1a2f1a3648079264ffb76e4d5", Convert.ToHexStringLower(SHA256.HashData(encoded)));
        Assert.Equal(pixels, QuicTestImages.Decode(encoded, out _));
    }
}
