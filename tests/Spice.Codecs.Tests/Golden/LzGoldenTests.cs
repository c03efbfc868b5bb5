using System.Buffers;
using System.Runtime.InteropServices;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Tests.Golden;

/// <summary>
/// Our LZ decoder against streams of spice-common's lz.c encoder, and our encoder against the same pictures.
/// Our encoder's hash and match heuristics differ from lz.c's, so its bytes differ (sizes within a few per
/// cent); the format is defined by the decoder, and lz.c's decoder was checked to decode our 1080p streams.
/// </summary>
public class LzGoldenTests
{
    private const int W = GoldenImages.Width, H = GoldenImages.Height;
    private static readonly uint[] Palette = [0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0x808080];

    private static byte[] Decode(string hex, uint[]? palette = null)
    {
        var dst = new byte[W * H * 4];
        LzHeader header = LzDecoder.Decode(Convert.FromHexString(hex), dst, W * 4, palette);
        Assert.Equal((W, H, true), (header.Width, header.Height, header.TopDown));
        return dst;
    }

    private static byte[] Encode(byte[] bgra, LzImageType type)
    {
        var writer = new ArrayBufferWriter<byte>();
        LzEncoder.Encode(bgra, W, H, W * 4, type, writer);
        return writer.WrittenSpan.ToArray();
    }

    private static byte[] Expected(Func<int, int, uint> pixel)
    {
        var px = new uint[W * H];
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                px[(y * W) + x] = pixel(x, y);
            }
        }

        return MemoryMarshal.AsBytes(px.AsSpan()).ToArray();
    }

    [Fact]
    public void DecodesCRgb32() =>
        Assert.Equal(GoldenImages.Opaque(GoldenImages.Bgra()), Decode(CGoldenStreams.LzRgb32));

    [Fact]
    public void DecodesCRgba() => Assert.Equal(GoldenImages.Bgra(), Decode(CGoldenStreams.LzRgba));

    [Fact]
    public void DecodesCXxxaAsAlphaOverBlack()
    {
        byte[] src = GoldenImages.Bgra();
        Assert.Equal(Expected((x, y) => (uint)src[(((y * W) + x) * 4) + 3] << 24), Decode(CGoldenStreams.LzXxxa));
    }

    [Fact]
    public void DecodesCPlt8() => Assert.Equal(
        Expected((x, y) => Palette[GoldenImages.Index(x, y)] | 0xFF000000), Decode(CGoldenStreams.LzPlt8, Palette));

    [Fact]
    public void DecodesCPlt4Be() => Assert.Equal(
        Expected((x, y) => Palette[GoldenImages.Index(x, y)] | 0xFF000000), Decode(CGoldenStreams.LzPlt4Be, Palette));

    [Fact]
    public void DecodesCPlt1Be() => Assert.Equal(
        Expected((x, y) => Palette[GoldenImages.Index(x, y) & 1] | 0xFF000000), Decode(CGoldenStreams.LzPlt1Be, Palette));

    [Theory]
    [InlineData(LzImageType.Rgb32)]
    [InlineData(LzImageType.Rgba)]
    [InlineData(LzImageType.Xxxa)]
    public void OurEncoderMatchesCHeaderAndPixels(LzImageType type)
    {
        string c = type switch
        {
            LzImageType.Rgb32 => CGoldenStreams.LzRgb32,
            LzImageType.Rgba => CGoldenStreams.LzRgba,
            _ => CGoldenStreams.LzXxxa,
        };
        byte[] cStream = Convert.FromHexString(c);
        byte[] ours = Encode(GoldenImages.Bgra(), type);

        Assert.Equal(cStream[..LzFormat.LzHeaderSize], ours[..LzFormat.LzHeaderSize]);
        Assert.Equal(Decode(c), Decode(Convert.ToHexString(ours)));

        // Not byte-identical (different match search). On 1080p corpus frames ours is within 2% of lz.c (smaller
        // on all three); this tiny picture's alpha ramp costs ours 17% more, so allow a quarter.
        Assert.InRange(ours.Length, 1, cStream.Length * 5 / 4);
    }

    [Fact]
    public void XxxaEncodeKeepsOnlyAlpha()
    {
        byte[] src = GoldenImages.Bgra();
        byte[] stream = Encode(src, LzImageType.Xxxa);
        Assert.Equal(LzImageType.Xxxa, LzDecoder.ReadHeader(stream).Type);
        Assert.Equal(Decode(CGoldenStreams.LzXxxa), Decode(Convert.ToHexString(stream)));
    }
}
