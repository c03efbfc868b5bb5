using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using static Spice.Client.Tests.Canvas.CanvasTestHelpers;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using MaskFlags = Spice.Protocol.Messages.Display.MaskFlags;
using StringFlags = Spice.Protocol.Messages.Display.StringFlags;
using Ropd = Spice.Protocol.Messages.Display.Ropd;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Tests.Canvas;

public class DrawTests
{
    private const uint Bg = 0xFF102030;

    [Fact]
    public void SolidFillIsClippedToTheUnionOfClipRects()
    {
        using var c = NewCanvas();
        c.DrawFill(Base(new CanvasRect(1, 1, 7, 7), new(0, 0, 3, 3), new(2, 2, 5, 4)), Brush.Solid(0x00AABBCC),
            Ropd.OpPut, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                bool inBox = x >= 1 && x < 7 && y >= 1 && y < 7;
                bool inClip = (x < 3 && y < 3) || (x >= 2 && x < 5 && y >= 2 && y < 4);
                Assert.Equal(inBox && inClip ? 0x00AABBCCu : Bg, s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void XorFillWithOverlappingClipRectsTouchesEachPixelOnce()
    {
        using var c = NewCanvas();
        c.DrawFill(Base(new CanvasRect(0, 0, 8, 8), new(0, 0, 6, 6), new(2, 2, 8, 8)), Brush.Solid(0x00FFFFFF),
            Ropd.OpXor, QMask.None);
        var s = c.GetSurface(0)!;
        Assert.Equal(Bg ^ 0x00FFFFFF, s.GetPixel(3, 3));
        Assert.Equal(Bg, s.GetPixel(7, 0));
    }

    [Fact]
    public void FillOutsideTheSurfaceIsClipped()
    {
        using var c = NewCanvas();
        c.DrawFill(Base(new CanvasRect(-100, -100, 4, 100000)), Brush.Solid(0x123456), Ropd.OpPut, QMask.None);
        var s = c.GetSurface(0)!;
        Assert.Equal(0x123456u, s.GetPixel(0, 7));
        Assert.Equal(Bg, s.GetPixel(4, 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MaskRestrictsTheFill(bool invers)
    {
        using var c = NewCanvas();
        var mask = new QMask(invers ? MaskFlags.Invers : (byte)0, 1, 0, Mask(4, 4, (x, y) => (x + y) % 2 == 0));
        c.DrawFill(Base(new CanvasRect(2, 2, 8, 8)), Brush.Solid(0xFF), Ropd.OpPut, mask);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                int mx = x - 2 + 1, my = y - 2;
                bool inMask = mx >= 0 && mx < 4 && my >= 0 && my < 4 && x >= 2 && y >= 2;
                bool set = inMask && (((mx + my) % 2 == 0) != invers);
                Assert.Equal(set ? 0xFFu : Bg, s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void PatternBrushTilesFromItsPosition()
    {
        using var c = NewCanvas();
        var pat = Bitmap32(3, 2, (x, y) => (uint)((y * 3) + x));
        c.DrawFill(Base(new CanvasRect(0, 0, 8, 8)), new Brush(BrushType.Pattern, 0, pat, 1, 1), Ropd.OpPut, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                int tx = (((x - 1) % 3) + 3) % 3, ty = (((y - 1) % 2) + 2) % 2;
                Assert.Equal((uint)((ty * 3) + tx), s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void BlacknessWhitenessInvers()
    {
        using var c = NewCanvas();
        c.DrawBlackness(Base(new CanvasRect(0, 0, 2, 2)), QMask.None);
        c.DrawWhiteness(Base(new CanvasRect(2, 0, 4, 2)), QMask.None);
        c.DrawInvers(Base(new CanvasRect(4, 0, 6, 2)), QMask.None);
        var s = c.GetSurface(0)!;
        Assert.Equal(0u, s.GetPixel(1, 1));
        Assert.Equal(0xFFFFFFFFu, s.GetPixel(3, 1));
        Assert.Equal(~Bg, s.GetPixel(5, 1));
        Assert.Equal(Bg, s.GetPixel(6, 1));
    }

    [Fact]
    public void CopyPutsTheSourceAreaAtTheBox()
    {
        using var c = NewCanvas();
        var img = Bitmap32(6, 6, (x, y) => 0xFF000000u | (uint)((x << 8) | y));
        c.DrawCopy(Base(new CanvasRect(1, 2, 4, 5)), img, new CanvasRect(2, 1, 5, 4), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                bool inBox = x >= 1 && x < 4 && y >= 2 && y < 5;
                Assert.Equal(inBox ? 0xFF000000u | (uint)(((x + 1) << 8) | (y - 1)) : Bg, s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void CopyWithRopCombinesWithDest()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 2, (_, _) => 0x0F0F0F0F);
        c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), img, new CanvasRect(0, 0, 2, 2), Ropd.OpAnd | Ropd.InversSrc,
            Scaler.ModeNearest, QMask.None);
        Assert.Equal(Bg & ~0x0F0F0F0Fu, c.GetSurface(0)!.GetPixel(1, 1));
    }

    [Fact]
    public void NearestUpscaleDoublesPixels()
    {
        using var c = NewCanvas();
        var img = Bitmap32(4, 4, (x, y) => 0xFF000000u | (uint)((y * 4) + x));
        c.DrawCopy(Base(new CanvasRect(0, 0, 8, 8)), img, new CanvasRect(0, 0, 4, 4), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                Assert.Equal(0xFF000000u | (uint)(((y / 2) * 4) + (x / 2)), s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void NearestDownscalePicksPixelCenters()
    {
        using var c = NewCanvas();
        var img = Bitmap32(8, 8, (x, y) => 0xFF000000u | (uint)((y * 8) + x));
        c.DrawCopy(Base(new CanvasRect(0, 0, 4, 4)), img, new CanvasRect(0, 0, 8, 8), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 4; y++)
        {
            for (int x = 0; x < 4; x++)
            {
                Assert.Equal(0xFF000000u | (uint)(((2 * y) * 8) + (2 * x)), s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void BilinearUpscaleOfAFlatImageStaysFlatInside()
    {
        using var c = NewCanvas();
        var img = Bitmap32(4, 4, (_, _) => 0xFF336699);
        c.DrawCopy(Base(new CanvasRect(0, 0, 8, 8)), img, new CanvasRect(0, 0, 4, 4), Ropd.OpPut, Scaler.ModeInterpolate, QMask.None);
        Assert.Equal(0xFF336699u, c.GetSurface(0)!.GetPixel(3, 4));
    }

    [Fact]
    public void OpaquePutsImageThenCombinesBrush()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 2, (_, _) => 0xFF00FF00);
        c.DrawOpaque(Base(new CanvasRect(0, 0, 2, 2)), img, new CanvasRect(0, 0, 2, 2), Brush.Solid(0x000000FF), Ropd.OpOr,
            Scaler.ModeNearest, QMask.None);
        Assert.Equal(0xFF00FFFFu, c.GetSurface(0)!.GetPixel(0, 0));
        Assert.Equal(Bg, c.GetSurface(0)!.GetPixel(2, 0));
    }

    [Fact]
    public void TransparentSkipsTheKeyColor()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 1, (x, _) => x == 0 ? 0x00FF00FFu : 0xFF010203u);
        c.DrawTransparent(Base(new CanvasRect(0, 0, 2, 1)), img, new CanvasRect(0, 0, 2, 1), 0xFF00FF);
        Assert.Equal(Bg, c.GetSurface(0)!.GetPixel(0, 0));
        Assert.Equal(0xFF010203u, c.GetSurface(0)!.GetPixel(1, 0));
    }

    [Fact]
    public void AlphaBlendIsPremultipliedOverWithGlobalAlpha()
    {
        using var c = NewCanvas(fill: 0xFF808080);
        var img = Bitmap32(2, 2, (_, _) => 0x80400000, rgba: true);
        c.DrawAlphaBlend(Base(new CanvasRect(0, 0, 2, 2)), 0, 0x80, img, new CanvasRect(0, 0, 2, 2));
        uint sa = Compose.Mul(0x80, 0x80), sr = Compose.Mul(0x40, 0x80);
        uint r = Math.Min(255u, sr + Compose.Mul(0x80, 255 - sa));
        uint g = Compose.Mul(0x80, 255 - sa);
        uint expected = (r << 16) | (g << 8) | g;
        Assert.Equal(expected, c.GetSurface(0)!.GetPixel(0, 0) & 0xFFFFFF);
    }

    [Fact]
    public void CopyFromAnotherSurface()
    {
        using var c = NewCanvas();
        var other = c.CreateSurface(5, 4, 4, SurfaceFormat.Rgb32_xRGB, primary: false);
        for (int i = 0; i < 16; i++)
        {
            other.Data[i] = (uint)i;
        }

        var src = new ImageSource(0, ImageType.Surface, 0, 0, 0) { SurfaceId = 5 };
        c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), src, new CanvasRect(2, 2, 4, 4), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        Assert.Equal(15u, c.GetSurface(0)!.GetPixel(1, 1));
        Assert.Equal(10u, c.GetSurface(0)!.GetPixel(0, 0));
    }

    [Fact]
    public void TextA1GlyphsAreDrawnBottomUpWithTheForeBrush()
    {
        using var c = NewCanvas();
        var glyph = new RasterGlyph(2, 3, 0, -2, 3, 2, new byte[] { 0b1000_0000, 0b0110_0000 });
        var text = new GlyphString(StringFlags.RasterA1, [glyph]);
        c.DrawText(Base(new CanvasRect(0, 0, 8, 8)), text, default, Brush.Solid(0x00FF0000), Brush.None, Ropd.OpPut, Ropd.OpPut);
        var s = c.GetSurface(0)!;
        Assert.Equal(0xFF0000u, s.GetPixel(3, 1) & 0xFFFFFF);
        Assert.Equal(0xFF0000u, s.GetPixel(4, 1) & 0xFFFFFF);
        Assert.Equal(Bg & 0xFFFFFF, s.GetPixel(2, 1) & 0xFFFFFF);
        Assert.Equal(0xFF0000u, s.GetPixel(2, 2) & 0xFFFFFF);
        Assert.Equal(Bg & 0xFFFFFF, s.GetPixel(3, 2) & 0xFFFFFF);
    }
}
