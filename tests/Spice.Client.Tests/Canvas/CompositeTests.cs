using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;

namespace Spice.Client.Tests.Canvas;

public class CompositeTests
{
    private const uint Bg = 0xFF808080;
    private const uint HasMask = 1u << 19, ComponentAlpha = 1u << 18, HasSrcTransform = 1u << 20;
    private const uint RepeatNormal = 1u << 14;

    private static uint Mul(uint a, uint b)
    {
        uint t = (a * b) + 128;
        return (t + (t >> 8)) >> 8;
    }

    private static uint Channels(Func<int, uint> f) => (f(24) << 24) | (f(16) << 16) | (f(8) << 8) | f(0);

    private static uint Ch(uint p, int s) => (p >> s) & 0xFF;

    [Fact]
    public void OverBlendsPremultipliedSourceWithPixmanRounding()
    {
        using var c = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        const uint s = 0x80402010;
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(1, 1, 5, 5)), 0x03, CanvasTestHelpers.Bitmap32(4, 4, (_, _) => s, rgba: true),
            null, null, null, 0, 0, 0, 0);
        uint expected = Channels(sh => Math.Min(255, Mul(Ch(Bg | 0xFF000000, sh), 255 - 0x80) + Ch(s, sh))) & 0xFFFFFF;
        Assert.Equal(expected, c.Primary!.GetPixel(2, 2) & 0xFFFFFF);
        Assert.Equal(Bg, c.Primary.GetPixel(0, 0));
        Assert.Equal(Bg, c.Primary.GetPixel(5, 5));
    }

    [Fact]
    public void SourceOutsideAnUnrepeatedImageIsTransparentAndRepeatTiles()
    {
        using var c = CanvasTestHelpers.NewCanvas(8, 4, Bg);
        var img = CanvasTestHelpers.Bitmap32(2, 2, (x, y) => x == 0 ? 0xFFFF0000u : 0xFF0000FFu);
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 2)), 0x01, img, null, null, null, 0, 0, 0, 0);
        Assert.Equal(0xFF0000u, c.Primary!.GetPixel(0, 0) & 0xFFFFFF);
        Assert.Equal(0xFFu, c.Primary.GetPixel(1, 1) & 0xFFFFFF);
        Assert.Equal(0u, c.Primary.GetPixel(2, 0) & 0xFFFFFF);
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 2, 8, 4)), 0x01 | RepeatNormal, img, null, null, null, 1, 0, 0, 0);
        for (int x = 0; x < 8; x++)
        {
            Assert.Equal(x % 2 == 0 ? 0xFFu : 0xFF0000u, c.Primary.GetPixel(x, 2) & 0xFFFFFF);
        }
    }

    [Fact]
    public void IntegerTranslationTransformEqualsAnOriginOffset()
    {
        var img = CanvasTestHelpers.Bitmap32(6, 6, (x, y) => 0xFF000000u | (uint)((x * 40) << 16) | (uint)(y * 40));
        using var a = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        using var b = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        var box = CanvasTestHelpers.Base(new CanvasRect(0, 0, 4, 4));
        a.DrawComposite(box, 0x03 | HasSrcTransform, img, null, new Transform(0x10000, 0, 2 << 16, 0, 0x10000, 1 << 16), null, 0, 0, 0, 0);
        b.DrawComposite(box, 0x03, img, null, null, null, 2, 1, 0, 0);
        Assert.Equal(CanvasTestHelpers.Snapshot(b), CanvasTestHelpers.Snapshot(a));
        Assert.Equal(img.Data.Span[((1 * 6) + 2) * 4], (byte)a.Primary!.GetPixel(0, 0));
    }

    [Fact]
    public void ScaleTransformSamplesNearest()
    {
        var img = CanvasTestHelpers.Bitmap32(4, 4, (x, y) => 0xFF000000u | (uint)(x << 16) | (uint)y);
        using var c = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8)), 0x01 | HasSrcTransform, img, null,
            new Transform(0x8000, 0, 0, 0, 0x8000, 0), null, 0, 0, 0, 0);
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                Assert.Equal((uint)((x / 2) << 16) | (uint)(y / 2), c.Primary!.GetPixel(x, y) & 0xFFFFFF);
            }
        }
    }

    [Fact]
    public void UnifiedAndComponentAlphaMasks()
    {
        var src = CanvasTestHelpers.Bitmap32(1, 1, (_, _) => 0xFFFFFFFF);
        var mask = CanvasTestHelpers.Bitmap32(1, 1, (_, _) => 0x40FF8000, id: 9, rgba: true);
        using var u = CanvasTestHelpers.NewCanvas(4, 4, 0xFF000000);
        u.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 1, 1)), 0x03 | HasMask, src, mask, null, null, 0, 0, 0, 0);
        Assert.Equal(0x404040u, u.Primary!.GetPixel(0, 0) & 0xFFFFFF);
        using var ca = CanvasTestHelpers.NewCanvas(4, 4, 0xFF000000);
        ca.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 1, 1)), 0x03 | HasMask | ComponentAlpha, src, mask, null, null, 0, 0, 0, 0);
        Assert.Equal(0xFF8000u, ca.Primary!.GetPixel(0, 0) & 0xFFFFFF);
    }

    [Theory]
    [InlineData(0x00, 0x000000u)]
    [InlineData(0x02, 0x808080u)]
    [InlineData(0x0c, 0xC0A090u)]
    [InlineData(0x30, 0x201008u)]
    [InlineData(0x33, 0x402010u)]
    [InlineData(0x34, 0x808080u)]
    [InlineData(0x39, 0x406070u)]
    public void SeparableAndPorterDuffOperators(int op, uint expected)
    {
        using var c = CanvasTestHelpers.NewCanvas(2, 2, Bg);
        var src = CanvasTestHelpers.Bitmap32(1, 1, (_, _) => 0xFF402010, rgba: true);
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 1, 1)), (uint)op, src, null, null, null, 0, 0, 0, 0);
        Assert.Equal(expected, c.Primary!.GetPixel(0, 0) & 0xFFFFFF);
    }

    [Fact]
    public void ClipAndBadOperatorsLeaveOtherPixelsAlone()
    {
        using var c = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        var src = CanvasTestHelpers.Bitmap32(8, 8, (_, _) => 0xFF00FF00u);
        var before = CanvasTestHelpers.Snapshot(c);
        Assert.Throws<CanvasException>(() => c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8)), 0x20, src, null, null, null, 0, 0, 0, 0));
        Assert.Equal(before, CanvasTestHelpers.Snapshot(c));
        c.DrawComposite(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8), new CanvasRect(2, 2, 3, 3)), 0x01, src, null, null, null, 0, 0, 0, 0);
        Assert.Equal(0x00FF00u, c.Primary!.GetPixel(2, 2) & 0xFFFFFF);
        Assert.Equal(Bg, c.Primary.GetPixel(3, 3));
    }
}
