using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using static Spice.Client.Tests.Canvas.CanvasTestHelpers;
using Ropd = Spice.Protocol.Messages.Display.Ropd;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Tests.Canvas;

public class MalformedTests
{
    [Fact]
    public void UnknownSurface()
    {
        using var c = NewCanvas();
        Assert.Throws<CanvasException>(() => c.DrawFill(new DrawBase(9, new CanvasRect(0, 0, 1, 1)), Brush.Solid(0), Ropd.OpPut, QMask.None));
        Assert.Throws<CanvasException>(() => c.DestroySurface(9));
    }

    [Fact]
    public void BitmapShorterThanItsSizeLeavesTheSurfaceUntouched()
    {
        using var c = NewCanvas();
        var before = Snapshot(c);
        var img = Bitmap32(4, 4, (_, _) => 1) with { Data = new byte[10] };
        Assert.Throws<CanvasException>(() => c.DrawCopy(Base(new CanvasRect(0, 0, 4, 4)), img, new CanvasRect(0, 0, 4, 4),
            Ropd.OpPut, Scaler.ModeNearest, QMask.None));
        Assert.Equal(before, Snapshot(c));
    }

    [Fact]
    public void HugeOrInvalidSurfaces()
    {
        using var c = new DisplayCanvas();
        Assert.Throws<CanvasException>(() => c.CreateSurface(1, 100000, 100000, SurfaceFormat.Rgb32_xRGB, true));
        Assert.Throws<CanvasException>(() => c.CreateSurface(1, 0, 10, SurfaceFormat.Rgb32_xRGB, true));
        Assert.Throws<CanvasException>(() => c.CreateSurface(1, 10, 10, (SurfaceFormat)7, true));
        c.CreateSurface(1, 10, 10, SurfaceFormat.Rgb32_xRGB, true);
        var big = Bitmap32(1, 1, (_, _) => 0) with { Width = 1 << 20 };
        Assert.Throws<CanvasException>(() => c.DrawCopy(new DrawBase(1, new CanvasRect(0, 0, 1, 1)), big, new CanvasRect(0, 0, 1, 1),
            Ropd.OpPut, Scaler.ModeNearest, QMask.None));
    }

    [Fact]
    public void WrongMaskFormatAndEmptyScaleAreas()
    {
        using var c = NewCanvas();
        var before = Snapshot(c);
        var notMask = new QMask(0, 0, 0, Bitmap32(2, 2, (_, _) => 0));
        Assert.Throws<CanvasException>(() => c.DrawFill(Base(new CanvasRect(0, 0, 2, 2)), Brush.Solid(1), Ropd.OpPut, notMask));
        Assert.Throws<CanvasException>(() => c.DrawCopy(Base(new CanvasRect(0, 0, 2, 2)), Bitmap32(2, 2, (_, _) => 0),
            new CanvasRect(0, 0, 0, 2), Ropd.OpPut, Scaler.ModeNearest, QMask.None));
        Assert.Equal(before, Snapshot(c));
    }
}
