using System.Runtime.InteropServices;
using Spice.Codecs;
using Spice.Codecs.Pixels;

namespace Spice.Codecs.Tests.Pixels;

public class BitmapDecoderTests
{
    private const uint Back = 0x112233;
    private const uint Fore = 0x445566;
    private static readonly uint[] TwoColours = [Back, Fore];

    /// <summary>Decodes into a destination with 2 pixels of row padding and returns the visible pixels, checking the padding stayed untouched.</summary>
    private static uint[] Decode(BitmapFormat format, int width, int height, int stride, bool topDown, byte[] data, uint[]? palette = null)
    {
        int destStride = (width + 2) * 4;
        var dest = new byte[destStride * height];
        dest.AsSpan().Fill(0xCD);
        BitmapDecoder.Decode(format, width, height, stride, topDown, data, palette, dest, destStride);
        var result = new uint[width * height];
        for (int y = 0; y < height; y++)
        {
            var row = MemoryMarshal.Cast<byte, uint>(dest.AsSpan(y * destStride, destStride));
            row[..width].CopyTo(result.AsSpan(y * width));
            Assert.Equal(0xCDCDCDCDu, row[width]);
            Assert.Equal(0xCDCDCDCDu, row[width + 1]);
        }

        return result;
    }

    private static uint O(uint rgb) => rgb | 0xFF000000;

    [Fact]
    public void OneBitBigEndianReadsMostSignificantBitFirst()
    {
        byte[] data = [0b1011_0000, 0b0100_0000, 0xEE, 0xEE];
        var px = Decode(BitmapFormat.OneBitBE, 10, 1, 4, true, data, TwoColours);
        uint f = O(Fore), b = O(Back);
        Assert.Equal([f, b, f, f, b, b, b, b, b, f], px);
    }

    [Fact]
    public void OneBitLittleEndianReadsLeastSignificantBitFirst()
    {
        byte[] data = [0b1011_0000, 0b0000_0010, 0xEE, 0xEE];
        var px = Decode(BitmapFormat.OneBitLE, 10, 1, 4, true, data, TwoColours);
        uint f = O(Fore), b = O(Back);
        Assert.Equal([b, b, b, b, f, f, b, f, b, f], px);
    }

    [Fact]
    public void FourBitOrdersAndOddWidth()
    {
        uint[] palette = Enumerable.Range(0, 16).Select(i => (uint)(i * 0x010101)).ToArray();
        byte[] data = [0x12, 0x30, 0xEE, 0xEE, 0x45, 0x60, 0xEE, 0xEE];
        Assert.Equal([O(0x010101), O(0x020202), O(0x030303), O(0x040404), O(0x050505), O(0x060606)],
            Decode(BitmapFormat.FourBitBE, 3, 2, 4, true, data, palette));
        Assert.Equal([O(0x020202), O(0x010101), O(0), O(0x050505), O(0x040404), O(0)],
            Decode(BitmapFormat.FourBitLE, 3, 2, 4, true, data, palette));
    }

    [Fact]
    public void EightBitBottomUpWithShortPalette()
    {
        uint[] palette = [0xAA0000, 0x00BB00, 0x0000CC];
        byte[] data = [0, 1, 0xEE, 0xEE, 2, 200, 0xEE, 0xEE];
        var px = Decode(BitmapFormat.EightBit, 2, 2, 4, false, data, palette);

        // Bottom-up: the second source row is the top of the picture; index 200 is past the palette: opaque black.
        Assert.Equal([O(0x0000CC), O(0), O(0xAA0000), O(0x00BB00)], px);
    }

    [Fact]
    public void SixteenBitIs555WithBitReplication()
    {
        byte[] data = new byte[8];
        ushort[] values = [0x7FFF, 0x7C00, 0x001F, 0x0421];
        MemoryMarshal.Cast<ushort, byte>(values).CopyTo(data);
        var px = Decode(BitmapFormat.SixteenBit, 4, 1, 8, true, data);
        Assert.Equal([0xFFFFFFFFu, 0xFFFF0000u, 0xFF0000FFu, 0xFF080808u], px);
    }

    [Fact]
    public void TwentyFourBitIsBgrAndOpaque()
    {
        byte[] data = [1, 2, 3, 4, 5, 6, 0xEE, 0xEE, 7, 8, 9, 10, 11, 12, 0xEE, 0xEE];
        var px = Decode(BitmapFormat.TwentyFourBit, 2, 2, 8, false, data);
        Assert.Equal([0xFF090807u, 0xFF0C0B0Au, 0xFF030201u, 0xFF060504u], px);
    }

    [Fact]
    public void ThirtyTwoBitForcesAlphaAndRgbaKeepsIt()
    {
        byte[] data = [1, 2, 3, 0x40, 4, 5, 6, 0, 0xEE, 0xEE, 0xEE, 0xEE];
        Assert.Equal([0xFF030201u, 0xFF060504u], Decode(BitmapFormat.ThirtyTwoBit, 2, 1, 12, true, data));
        Assert.Equal([0x40030201u, 0x00060504u], Decode(BitmapFormat.Rgba, 2, 1, 12, true, data));
    }

    [Fact]
    public void ThirtyTwoBitWideRowsTakeVectorPath()
    {
        const int width = 37;
        var data = new byte[width * 4];
        new Random(5).NextBytes(data);
        var px = Decode(BitmapFormat.ThirtyTwoBit, width, 1, width * 4, true, data);
        var src = MemoryMarshal.Cast<byte, uint>(data);
        for (int i = 0; i < width; i++)
        {
            Assert.Equal(src[i] | 0xFF000000, px[i]);
        }
    }

    [Fact]
    public void EightBitAlphaIsAMask()
    {
        byte[] data = [0x00, 0x80, 0xFF, 0xEE];
        Assert.Equal([0u, 0x80000000u, 0xFF000000u], Decode(BitmapFormat.EightBitAlpha, 3, 1, 4, true, data));
    }

    [Theory]
    [InlineData(BitmapFormat.ThirtyTwoBit, 4, 2, 16, 31)]
    [InlineData(BitmapFormat.ThirtyTwoBit, 4, 2, 15, 100)]
    [InlineData(BitmapFormat.TwentyFourBit, 3, 3, 9, 26)]
    [InlineData(BitmapFormat.OneBitBE, 9, 1, 1, 100)]
    [InlineData(BitmapFormat.FourBitLE, 3, 1, 1, 100)]
    [InlineData(BitmapFormat.Invalid, 1, 1, 4, 100)]
    [InlineData((BitmapFormat)11, 1, 1, 4, 100)]
    [InlineData(BitmapFormat.Rgba, 0, 1, 4, 100)]
    [InlineData(BitmapFormat.Rgba, 1, -1, 4, 100)]
    [InlineData(BitmapFormat.Rgba, 20000, 1, 80000, 100)]
    public void BadGeometryThrowsCodecException(BitmapFormat format, int width, int height, int stride, int length)
    {
        var data = new byte[length];
        var dest = new byte[1 << 20];
        Assert.Throws<CodecException>(() => BitmapDecoder.Decode(format, width, height, stride, true, data, TwoColours, dest, Math.Max(0, width) * 4));
    }

    [Fact]
    public void DestinationTooSmallThrows()
    {
        var data = new byte[64];
        Assert.Throws<CodecException>(() => BitmapDecoder.Decode(BitmapFormat.Rgba, 4, 4, 16, true, data, default, new byte[63], 16));
        Assert.Throws<CodecException>(() => BitmapDecoder.Decode(BitmapFormat.Rgba, 4, 4, 16, true, data, default, new byte[64], 12));
    }

    [Fact]
    public void PaletteFormatWithoutPaletteThrows()
    {
        Assert.Throws<CodecException>(() => BitmapDecoder.Decode(BitmapFormat.EightBit, 2, 2, 2, true, new byte[4], default, new byte[16], 8));
    }
}
