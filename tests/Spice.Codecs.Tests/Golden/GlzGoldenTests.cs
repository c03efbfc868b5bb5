using System.Buffers;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Tests.Golden;

/// <summary>
/// Our GLZ decoder against two consecutive images of spice-server's glz-encoder.c (the second one points
/// into the first), and our encoder against the same pair.
/// </summary>
public class GlzGoldenTests
{
    private const int W = GoldenImages.Width, H = GoldenImages.Height;

    private static byte[] Decode(byte[] stream, GlzDecoderWindow window)
    {
        var dst = new byte[W * H * 4];
        GlzDecoder.Decode(stream, window, dst, W * 4);
        return dst;
    }

    [Fact]
    public void DecodesCSequence()
    {
        var window = new GlzDecoderWindow();
        byte[] first = Convert.FromHexString(CGoldenStreams.GlzFirst);
        byte[] second = Convert.FromHexString(CGoldenStreams.GlzSecond);

        Assert.Equal(GoldenImages.Opaque(GoldenImages.Bgra()), Decode(first, window));
        Assert.Equal(GoldenImages.Opaque(GoldenImages.BgraSecond()), Decode(second, window));
        Assert.Equal((1ul, 1u), (GlzDecoder.ReadHeader(second).Id, GlzDecoder.ReadHeader(second).WindowHeadDistance));
    }

    [Fact]
    public void SecondCImageNeedsTheFirst() =>
        Assert.Throws<CodecException>(() => Decode(Convert.FromHexString(CGoldenStreams.GlzSecond), new GlzDecoderWindow()));

    [Fact]
    public void OurSequenceHasCHeadersAndDecodesAlike()
    {
        var dict = new GlzEncoderDictionary(1 << 20);
        byte[] first = Encode(GoldenImages.Bgra(), dict);
        byte[] second = Encode(GoldenImages.BgraSecond(), dict);
        byte[] cFirst = Convert.FromHexString(CGoldenStreams.GlzFirst);
        byte[] cSecond = Convert.FromHexString(CGoldenStreams.GlzSecond);

        Assert.Equal(cFirst[..GlzFormat.HeaderSize], first[..GlzFormat.HeaderSize]);
        Assert.Equal(cSecond[..GlzFormat.HeaderSize], second[..GlzFormat.HeaderSize]);
        var ours = new GlzDecoderWindow();
        var theirs = new GlzDecoderWindow();
        Assert.Equal(Decode(cFirst, theirs), Decode(first, ours));
        Assert.Equal(Decode(cSecond, theirs), Decode(second, ours));

        // The second image is mostly a reference into the first, in both encoders.
        Assert.InRange(second.Length, 1, cSecond.Length * 11 / 10);
    }

    private static byte[] Encode(byte[] bgra, GlzEncoderDictionary dict)
    {
        var writer = new ArrayBufferWriter<byte>();
        GlzEncoder.Encode(bgra, W, H, W * 4, LzImageType.Rgb32, dict, writer);
        return writer.WrittenSpan.ToArray();
    }
}
