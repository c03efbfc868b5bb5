using System.Runtime.InteropServices;
using Spice.Codecs;
using Spice.Codecs.Pixels;

namespace Spice.Codecs.Tests.Pixels;

public class PixelConvertTests
{
    [Fact]
    public void Bgr24RoundTripKeepsColoursAndMakesOpaque()
    {
        const int width = 7, height = 3;
        var bgra = new byte[width * height * 4];
        new Random(1).NextBytes(bgra);
        var bgr = new byte[(width * 3 + 1) * height];
        PixelConvert.Bgra32ToBgr24(bgra, width * 4, bgr, width * 3 + 1, width, height);
        var back = new byte[bgra.Length];
        BitmapDecoder.Decode(BitmapFormat.TwentyFourBit, width, height, width * 3 + 1, true, bgr, default, back, width * 4);
        var a = MemoryMarshal.Cast<byte, uint>(bgra);
        var b = MemoryMarshal.Cast<byte, uint>(back);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i] | 0xFF000000, b[i]);
        }
    }

    [Fact]
    public void X555TruncatesAndExpands()
    {
        uint[] px = [0xFFFFFFFF, 0x00FF0000, 0x000000FF, 0x00070707, 0x00080808];
        var src = MemoryMarshal.Cast<uint, byte>(px).ToArray();
        var dst = new byte[px.Length * 2];
        PixelConvert.Bgra32ToX555(src, src.Length, dst, dst.Length, px.Length, 1);
        Assert.Equal([0x7FFF, 0x7C00, 0x001F, 0x0000, 0x0421], MemoryMarshal.Cast<byte, ushort>(dst).ToArray());
    }

    [Fact]
    public void CopyRowsHonoursStridesAndChecksSizes()
    {
        byte[] src = [1, 2, 9, 3, 4, 9];
        var dst = new byte[8];
        PixelConvert.CopyRows(src, 3, dst, 4, 2, 2);
        Assert.Equal([1, 2, 0, 0, 3, 4, 0, 0], dst);
        Assert.Throws<CodecException>(() => PixelConvert.CopyRows(src, 3, dst, 4, 2, 3));
        Assert.Throws<CodecException>(() => PixelConvert.CopyRows(src, 1, dst, 4, 2, 2));
    }
}
