using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using static Spice.Client.Tests.Canvas.CanvasTestHelpers;
using BitmapFlags = Spice.Protocol.Messages.Display.BitmapFlags;
using ImageFlags = Spice.Protocol.Messages.Display.ImageFlags;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using Ropd = Spice.Protocol.Messages.Display.Ropd;

namespace Spice.Client.Tests.Canvas;

public class CacheAndCopyBitsTests
{
    private static ImageSource FromCache(ulong id) => new(id, ImageType.FromCache, 0, 2, 2);

    [Fact]
    public void CacheMeStoresAndFromCacheReads()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 2, (x, y) => 0xFF000000u | (uint)(x + (2 * y)), id: 77, flags: ImageFlags.CacheMe);
        c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), img, new CanvasRect(0, 0, 2, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        c.DrawCopy(Base(new CanvasRect(4, 4, 6, 6)), FromCache(77), new CanvasRect(0, 0, 2, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        Assert.Equal(0xFF000003u, c.GetSurface(0)!.GetPixel(5, 5));
    }

    [Fact]
    public void CacheMeIsHonouredEvenWhenTheDrawIsClippedAway()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 2, (_, _) => 0xFF0000FF, id: 78, flags: ImageFlags.CacheMe);
        c.DrawCopy(Base(new CanvasRect(20, 20, 22, 22)), img, new CanvasRect(0, 0, 2, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        Assert.True(c.ImageCache.Contains(78));
    }

    [Fact]
    public void MissAndInvalidationThrowAndLeaveTheSurfaceAlone()
    {
        using var c = NewCanvas();
        var img = Bitmap32(2, 2, (_, _) => 0xFF0000FF, id: 79, flags: ImageFlags.CacheMe);
        c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), img, new CanvasRect(0, 0, 2, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        c.InvalidateImages([79]);
        var before = Snapshot(c);
        Assert.Throws<CanvasException>(() => c.DrawCopy(Base(new CanvasRect(4, 4, 6, 6)), FromCache(79), new CanvasRect(0, 0, 2, 2),
            Ropd.OpPut, Scaler.ModeNearest, QMask.None));
        Assert.Equal(before, Snapshot(c));

        c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), img, new CanvasRect(0, 0, 2, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        c.InvalidateAllImages();
        Assert.Equal(0, c.ImageCache.Count);
    }

    [Fact]
    public void PaletteCacheServesPalFromCache()
    {
        using var c = NewCanvas();
        var pal = new PaletteData(5, [0x000000, 0x00ABCDEF]);
        var first = new ImageSource(1, ImageType.Bitmap, 0, 8, 1)
        {
            BitmapFormat = 2, BitmapFlags = BitmapFlags.TopDown | BitmapFlags.PalCacheMe, Stride = 1,
            Palette = pal, Data = new byte[] { 0b0100_0000 },
        };
        c.DrawCopy(Base(new CanvasRect(0, 0, 8, 1)), first, new CanvasRect(0, 0, 8, 1), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        var second = first with { BitmapFlags = BitmapFlags.TopDown | BitmapFlags.PalFromCache, Palette = null, PaletteId = 5 };
        c.DrawCopy(Base(new CanvasRect(0, 1, 8, 2)), second, new CanvasRect(0, 0, 8, 1), Ropd.OpPut, Scaler.ModeNearest, QMask.None);
        Assert.Equal(0x00ABCDEFu, c.GetSurface(0)!.GetPixel(1, 1));
        c.InvalidatePalette(5);
        Assert.Throws<CanvasException>(() => c.DrawCopy(Base(new CanvasRect(0, 1, 8, 2)), second, new CanvasRect(0, 0, 8, 1),
            Ropd.OpPut, Scaler.ModeNearest, QMask.None));
    }

    private static DisplayCanvas Numbered(out CanvasSurface s)
    {
        var c = NewCanvas(8, 8);
        s = c.GetSurface(0)!;
        for (int i = 0; i < 64; i++)
        {
            s.Data[i] = (uint)i;
        }

        return c;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(-1, -1)]
    [InlineData(2, -1)]
    [InlineData(-2, 3)]
    [InlineData(3, 0)]
    [InlineData(0, -3)]
    public void CopyBitsOverlapsSafelyInEveryDirection(int dx, int dy)
    {
        using var c = Numbered(out var s);
        var box = new CanvasRect(2 + dx, 2 + dy, 6 + dx, 6 + dy);
        c.CopyBits(Base(box), 2, 2);
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                bool inBox = x >= box.Left && x < box.Right && y >= box.Top && y < box.Bottom;
                uint expected = inBox ? (uint)(((y - dy) * 8) + x - dx) : (uint)((y * 8) + x);
                Assert.Equal(expected, s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void CopyBitsFromOutsideTheSurfaceLeavesThosePixels()
    {
        using var c = Numbered(out var s);
        c.CopyBits(Base(new CanvasRect(0, 0, 4, 4)), -2, 0);
        Assert.Equal(1u, s.GetPixel(1, 0));
        Assert.Equal(0u, s.GetPixel(2, 0));
        Assert.Equal(9u, s.GetPixel(3, 1));
    }
}
