using Spice.Codecs.Quic;

namespace Spice.Codecs.Tests.Quic;

public class QuicRoundTripTests
{
    public static TheoryData<string> Corpus() => [.. QuicTestImages.CorpusNames];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Corpus_crops_round_trip(string name)
    {
        byte[] full = QuicTestImages.Corpus(name, out int width, out _);
        // Crops at an odd offset so rows start mid-tile; 320x200 crosses several wait-mask steps.
        byte[] crop = QuicTestImages.Crop(full, width * 4, 517, 301, 320, 200);

        AssertRoundTrip(crop, 320, 200, QuicImageType.Rgb32);
    }

    [Fact]
    public void Full_hd_desktop_round_trips()
    {
        byte[] full = QuicTestImages.Corpus("desktop-ui", out int width, out int height);

        AssertRoundTrip(full, width, height, QuicImageType.Rgb32);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(7, 3)]
    [InlineData(2049, 3)]
    [InlineData(1, 300)]
    [InlineData(333, 17)]
    public void Odd_sizes_round_trip(int width, int height)
    {
        byte[] pixels = QuicTestImages.Synthetic(width, height);

        AssertRoundTrip(pixels, width, height, QuicImageType.Rgb32);
        AssertRoundTrip(pixels, width, height, QuicImageType.Rgba);
    }

    [Fact]
    public void Rgba_with_varying_alpha_round_trips()
    {
        byte[] full = QuicTestImages.Corpus("photo", out int width, out _);
        byte[] crop = QuicTestImages.Crop(full, width * 4, 0, 0, 257, 129);
        var random = new Random(7);
        for (int i = 0; i < crop.Length; i += 4)
        {
            int pixel = i / 4;
            crop[i + 3] = (pixel / 257 % 4) switch
            {
                0 => (byte)(pixel % 257),
                1 => 0,
                2 => (byte)random.Next(256),
                _ => 0xFF,
            };
        }

        AssertRoundTrip(crop, 257, 129, QuicImageType.Rgba);
    }

    [Fact]
    public void Rgb24_stream_decodes_like_rgb32()
    {
        byte[] pixels = QuicTestImages.Synthetic(50, 20);

        byte[] encoded = QuicEncoder.Encode(pixels, 50, 20, 200, QuicImageType.Rgb24);
        byte[] decoded = QuicTestImages.Decode(encoded, out QuicImageInfo info);

        Assert.Equal(QuicImageType.Rgb24, info.Type);
        Assert.Equal(QuicTestImages.Opaque(pixels), decoded);
    }

    [Fact]
    public void Honours_source_and_destination_strides()
    {
        const int w = 31, h = 9, stride = (w * 4) + 12;
        byte[] tight = QuicTestImages.Synthetic(w, h);
        byte[] padded = new byte[stride * h];
        for (int y = 0; y < h; y++)
        {
            tight.AsSpan(y * w * 4, w * 4).CopyTo(padded.AsSpan(y * stride));
        }

        byte[] encoded = QuicEncoder.Encode(padded, w, h, stride, QuicImageType.Rgba);
        byte[] output = new byte[stride * h];
        QuicDecoder.Decode(encoded, output, stride);

        Assert.Equal(encoded, QuicEncoder.Encode(tight, w, h, w * 4, QuicImageType.Rgba));
        for (int y = 0; y < h; y++)
        {
            Assert.Equal(tight.AsSpan(y * w * 4, w * 4).ToArray(), output.AsSpan(y * stride, w * 4).ToArray());
        }
    }

    [Fact]
    public void Encoded_size_stays_within_the_bound_for_noise()
    {
        byte[] noise = new byte[64 * 64 * 4];
        new Random(1).NextBytes(noise);

        int bound = QuicEncoder.MaxEncodedSize(64, 64, QuicImageType.Rgba);
        byte[] destination = new byte[bound];
        int written = QuicEncoder.Encode(noise, 64, 64, 256, QuicImageType.Rgba, destination);

        Assert.InRange(written, 64 * 64 * 4, bound);
        Assert.Equal(noise, QuicTestImages.Decode(destination[..written], out _));
    }

    [Fact]
    public void Small_destination_is_an_argument_error()
    {
        byte[] pixels = QuicTestImages.Synthetic(40, 40);
        byte[] encoded = QuicEncoder.Encode(pixels, 40, 40, 160, QuicImageType.Rgb32);

        Assert.Throws<ArgumentException>(() => QuicEncoder.Encode(pixels, 40, 40, 160, QuicImageType.Rgb32, new byte[encoded.Length - 4]));
        Assert.Throws<ArgumentException>(() => QuicDecoder.Decode(encoded, new byte[(40 * 40 * 4) - 1], 160));
        Assert.Throws<ArgumentException>(() => QuicDecoder.Decode(encoded, new byte[40 * 40 * 4], 156));
    }

    [Fact]
    public void Encoder_rejects_bad_arguments()
    {
        byte[] pixels = new byte[16 * 16 * 4];
        byte[] destination = new byte[65536];

        Assert.Throws<ArgumentException>(() => QuicEncoder.Encode(pixels, 16, 16, 64, QuicImageType.Gray, destination));
        Assert.Throws<ArgumentException>(() => QuicEncoder.Encode(pixels, 16, 16, 64, QuicImageType.Invalid, destination));
        Assert.Throws<ArgumentException>(() => QuicEncoder.Encode(pixels, 16, 17, 64, QuicImageType.Rgb32, destination));
        Assert.Throws<ArgumentException>(() => QuicEncoder.Encode(pixels, 16, 16, 60, QuicImageType.Rgb32, destination));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuicEncoder.Encode(pixels, 0, 16, 64, QuicImageType.Rgb32, destination));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuicEncoder.MaxEncodedSize(20000, 1, QuicImageType.Rgb32));
    }

    private static void AssertRoundTrip(byte[] pixels, int width, int height, QuicImageType type)
    {
        byte[] encoded = QuicEncoder.Encode(pixels, width, height, width * 4, type);
        byte[] decoded = QuicTestImages.Decode(encoded, out QuicImageInfo info);

        Assert.Equal(new QuicImageInfo(type, width, height), info);
        byte[] expected = type == QuicImageType.Rgba ? pixels : QuicTestImages.Opaque(pixels);
        Assert.True(expected.AsSpan().SequenceEqual(decoded), $"{type} {width}x{height} did not round-trip");
    }
}
