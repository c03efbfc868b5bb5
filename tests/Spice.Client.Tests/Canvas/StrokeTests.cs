using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using LineFlags = Spice.Protocol.Messages.Display.LineFlags;
using PathFlags = Spice.Protocol.Messages.Display.PathFlags;
using Ropd = Spice.Protocol.Messages.Display.Ropd;

namespace Spice.Client.Tests.Canvas;

public class StrokeTests
{
    private const uint Bg = 0xFF102030;
    private const Ropd OpPut = Ropd.OpPut;
    private const Ropd OpXor = Ropd.OpXor;

    private static PathSegment Seg(PathFlags flags, params (double X, double Y)[] pts) =>
        new(flags, pts.SelectMany(p => new[] { (int)Math.Round(p.X * 16), (int)Math.Round(p.Y * 16) }).ToArray());

    private static HashSet<(int, int)> Changed(DisplayCanvas c)
    {
        var set = new HashSet<(int, int)>();
        var s = c.Primary!;
        for (int y = 0; y < s.Height; y++)
        {
            for (int x = 0; x < s.Width; x++)
            {
                if (s.GetPixel(x, y) != Bg)
                {
                    set.Add((x, y));
                }
            }
        }

        return set;
    }

    /// <summary>The X server's zero-width line, stepped one pixel at a time from the first point, last point excluded.</summary>
    private static IEnumerable<(int, int)> Bresenham(int x1, int y1, int x2, int y2)
    {
        int adx = Math.Abs(x2 - x1), ady = Math.Abs(y2 - y1), sx = x2 < x1 ? -1 : 1, sy = y2 < y1 ? -1 : 1;
        int octant = (x2 < x1 ? 4 : 0) | (y2 < y1 ? 2 : 0) | (adx > ady ? 0 : 1);
        int bias = new[] { 3, 7, 6, 4 }.Contains(octant) ? 1 : 0;
        int x = x1, y = y1;
        if (adx > ady)
        {
            int e = -adx - bias;
            for (int i = 0; i < adx; i++)
            {
                yield return (x, y);
                e += 2 * ady;
                if (e >= 0)
                {
                    y += sy;
                    e -= 2 * adx;
                }

                x += sx;
            }
        }
        else
        {
            int e = -ady - bias;
            for (int i = 0; i < ady; i++)
            {
                yield return (x, y);
                e += 2 * adx;
                if (e >= 0)
                {
                    x += sx;
                    e -= 2 * ady;
                }

                y += sy;
            }
        }
    }

    [Fact]
    public void HorizontalLineLeavesItsLastPointOut()
    {
        using var c = CanvasTestHelpers.NewCanvas(16, 8, Bg);
        c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 16, 8)), [Seg(PathFlags.Begin | PathFlags.End, (1, 2), (6, 2))],
            LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        Assert.Equal(Enumerable.Range(1, 5).Select(x => (x, 2)).ToHashSet(), Changed(c));
    }

    [Fact]
    public void RandomLinesMatchStepByStepBresenhamIncludingClipping()
    {
        var rng = new Random(7);
        for (int n = 0; n < 400; n++)
        {
            using var c = CanvasTestHelpers.NewCanvas(24, 20, Bg);
            int x1 = rng.Next(-30, 54), y1 = rng.Next(-30, 50), x2 = rng.Next(-30, 54), y2 = rng.Next(-30, 50);
            var clip = new CanvasRect(rng.Next(0, 8), rng.Next(0, 8), rng.Next(12, 30), rng.Next(12, 30));
            c.DrawStroke(CanvasTestHelpers.Base(clip), [Seg(PathFlags.Begin | PathFlags.End, (x1, y1), (x2, y2))],
                LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
            var expected = Bresenham(x1, y1, x2, y2)
                .Where(p => p.Item1 >= clip.Left && p.Item1 < Math.Min(24, clip.Right) && p.Item2 >= clip.Top && p.Item2 < Math.Min(20, clip.Bottom))
                .ToHashSet();
            Assert.Equal(expected, Changed(c));
        }
    }

    [Fact]
    public void TiesFollowTheDefaultOctantBias()
    {
        Assert.Equal([(0, 0), (1, 1), (2, 1), (3, 2)], Bresenham(0, 0, 4, 2));
        using var c = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8)), [Seg(PathFlags.Begin | PathFlags.End, (4, 2), (0, 0))],
            LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        Assert.Equal(new HashSet<(int, int)> { (4, 2), (3, 2), (2, 1), (1, 1) }, Changed(c));
    }

    [Fact]
    public void ClosedPathTouchesEachCornerOnceAndFixedPointsRound()
    {
        using var c = CanvasTestHelpers.NewCanvas(16, 16, Bg);
        var path = new[]
        {
            Seg(PathFlags.Begin, (2.5, 2.5625)),
            Seg(PathFlags.End | PathFlags.Close, (10, 2), (10, 9), (2, 9)),
        };
        c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 16, 16)), path, LineAttr.Solid, Brush.Solid(0x00FFFFFF), OpXor, OpXor);
        var changed = Changed(c);
        var expected = new HashSet<(int, int)>();
        foreach (var (a, b) in new[] { ((2, 3), (10, 2)), ((10, 2), (10, 9)), ((10, 9), (2, 9)), ((2, 9), (2, 3)) })
        {
            expected.UnionWith(Bresenham(a.Item1, a.Item2, b.Item1, b.Item2));
        }

        Assert.Equal(expected, changed);
        Assert.Equal(Bg ^ 0x00FFFFFFu, c.Primary!.GetPixel(10, 2));
    }

    [Fact]
    public void DashedLinesAlternateOnAndOff()
    {
        using var c = CanvasTestHelpers.NewCanvas(20, 4, Bg);
        var attr = new LineAttr(LineFlags.Styled, [3 * 16, 2 * 16]);
        c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 20, 4)), [Seg(PathFlags.Begin | PathFlags.End, (0, 1), (16, 1))],
            attr, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        Assert.Equal(new[] { 0, 1, 2, 5, 6, 7, 10, 11, 12, 15 }.Select(x => (x, 1)).ToHashSet(), Changed(c));
    }

    [Fact]
    public void StraightBezierIsTheChordAndCurvedOneStaysInItsHull()
    {
        using var a = CanvasTestHelpers.NewCanvas(32, 32, Bg);
        using var b = CanvasTestHelpers.NewCanvas(32, 32, Bg);
        var box = CanvasTestHelpers.Base(new CanvasRect(0, 0, 32, 32));
        a.DrawStroke(box, [Seg(PathFlags.Begin, (1, 1)), Seg(PathFlags.Bezier | PathFlags.End, (10, 10), (20, 20), (30, 30))],
            LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        b.DrawStroke(box, [Seg(PathFlags.Begin | PathFlags.End, (1, 1), (30, 30))], LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        Assert.Equal(Changed(b), Changed(a));

        using var curve = CanvasTestHelpers.NewCanvas(32, 32, Bg);
        curve.DrawStroke(box, [Seg(PathFlags.Begin, (2, 28)), Seg(PathFlags.Bezier, (2, 2), (28, 2), (28, 28))],
            LineAttr.Solid, Brush.Solid(0xFFFFFF), OpPut, OpPut);
        var px = Changed(curve);
        Assert.Contains((2, 28), px);
        Assert.Contains(px, p => p.Item1 == 15 && p.Item2 is 8 or 9);
        Assert.All(px, p => Assert.True(p.Item1 is >= 2 and <= 28 && p.Item2 is >= 2 and <= 28));
    }

    [Fact]
    public void PatternBrushAndBadPathsAreHandled()
    {
        using var c = CanvasTestHelpers.NewCanvas(8, 8, Bg);
        var tile = CanvasTestHelpers.Bitmap32(2, 1, (x, _) => x == 0 ? 0xFF0000FFu : 0xFF00FF00u);
        c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8)), [Seg(PathFlags.Begin | PathFlags.End, (0, 3), (8, 3))],
            LineAttr.Solid, new Brush(BrushType.Pattern, 0, tile, 1, 0), OpPut, OpPut);
        Assert.Equal(0xFF00FF00u, c.Primary!.GetPixel(0, 3));
        Assert.Equal(0xFF0000FFu, c.Primary.GetPixel(1, 3));
        var before = CanvasTestHelpers.Snapshot(c);
        Assert.Throws<CanvasException>(() => c.DrawStroke(CanvasTestHelpers.Base(new CanvasRect(0, 0, 8, 8)),
            [Seg(PathFlags.Begin | PathFlags.End, (0, 0), (5, 5)), Seg(PathFlags.Bezier, (1, 1), (2, 2))],
            LineAttr.Solid, Brush.Solid(0), OpPut, OpPut));
        Assert.Equal(before, CanvasTestHelpers.Snapshot(c));
    }
}
