using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using static Spice.Client.Tests.Canvas.CanvasTestHelpers;
using BrushType = Spice.Protocol.Messages.Display.BrushType;

namespace Spice.Client.Tests.Canvas;

public class Rop3DrawTests
{
    private static uint Src(int x, int y) => (uint)((x * 0x1F3D5B79) ^ (y * 0x2468ACE1));

    private static uint Dst(int x, int y) => (uint)((x * 0x0F1E2D3C) + (y * 0x7A6B5C4D));

    private static uint Reference(int code, uint p, uint s, uint d)
    {
        uint result = 0;
        for (int bit = 0; bit < 32; bit++)
        {
            int idx = (int)((((p >> bit) & 1) << 2) | (((s >> bit) & 1) << 1) | ((d >> bit) & 1));
            result |= (uint)((code >> idx) & 1) << bit;
        }

        return result;
    }

    [Fact]
    public void All256CodesWithASolidBrush()
    {
        var src = Bitmap32(4, 3, Src);
        for (int code = 0; code < 256; code++)
        {
            using var c = NewCanvas(6, 5);
            var s = c.GetSurface(0)!;
            for (int y = 0; y < 5; y++)
            {
                for (int x = 0; x < 6; x++)
                {
                    s.Data[(y * 6) + x] = Dst(x, y);
                }
            }

            c.DrawRop3(Base(new CanvasRect(1, 1, 5, 4)), src, new CanvasRect(0, 0, 4, 3), Brush.Solid(0x00C3A55A), (byte)code,
                Scaler.ModeNearest, QMask.None);
            for (int y = 0; y < 5; y++)
            {
                for (int x = 0; x < 6; x++)
                {
                    bool inBox = x >= 1 && x < 5 && y >= 1 && y < 4;
                    uint expected = inBox ? Reference(code, 0x00C3A55A, Src(x - 1, y - 1), Dst(x, y)) : Dst(x, y);
                    Assert.Equal(expected, s.GetPixel(x, y));
                }
            }
        }
    }

    [Fact]
    public void PatternBrushIsTiledFromItsPosition()
    {
        using var c = NewCanvas(6, 6, 0);
        var src = Bitmap32(6, 6, Src);
        var pat = Bitmap32(2, 3, (x, y) => (uint)(((y * 2) + x) * 0x01010101), id: 9);
        c.DrawRop3(Base(new CanvasRect(0, 0, 6, 6)), src, new CanvasRect(0, 0, 6, 6), new Brush(BrushType.Pattern, 0, pat, 1, 2),
            0xF0, Scaler.ModeNearest, QMask.None);
        var s = c.GetSurface(0)!;
        for (int y = 0; y < 6; y++)
        {
            for (int x = 0; x < 6; x++)
            {
                int px = (((x - 1) % 2) + 2) % 2, py = (((y - 2) % 3) + 3) % 3;
                Assert.Equal((uint)(((py * 2) + px) * 0x01010101), s.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void SourceSmallerThanTheBoxIsRejected()
    {
        using var c = NewCanvas();
        var before = Snapshot(c);
        Assert.Throws<CanvasException>(() => c.DrawRop3(Base(new CanvasRect(0, 0, 4, 4)), Bitmap32(2, 2, Src),
            new CanvasRect(0, 0, 4, 4), Brush.Solid(0), 0xCC, Scaler.ModeNearest, QMask.None));
        Assert.Equal(before, Snapshot(c));
    }
}
