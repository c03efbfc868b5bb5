using Spice.Client.Canvas;

namespace Spice.Client.Tests.Canvas;

public class RegionTests
{
    private static bool[,] Cover(Region r, int w, int h)
    {
        var m = new bool[w, h];
        foreach (var rect in r.Rects)
        {
            for (int y = rect.Top; y < rect.Bottom; y++)
            {
                for (int x = rect.Left; x < rect.Right; x++)
                {
                    Assert.False(m[x, y], "rects overlap");
                    m[x, y] = true;
                }
            }
        }

        return m;
    }

    [Fact]
    public void UnionOfOverlappingRectsCoversEachPixelOnce()
    {
        CanvasRect[] rects = [new(0, 0, 5, 5), new(3, 3, 8, 8), new(1, 6, 2, 7), new(4, 4, 4, 9)];
        var m = Cover(Region.FromRects(rects), 10, 10);
        for (int y = 0; y < 10; y++)
        {
            for (int x = 0; x < 10; x++)
            {
                bool expected = rects.Any(r => x >= r.Left && x < r.Right && y >= r.Top && y < r.Bottom);
                Assert.Equal(expected, m[x, y]);
            }
        }
    }

    [Fact]
    public void IntersectMatchesPerPixel()
    {
        var a = Region.FromRects([new(0, 0, 6, 3), new(2, 2, 9, 9)]);
        var b = Region.FromRects([new(1, 1, 4, 8), new(5, 0, 7, 10)]);
        var m = Cover(a.Intersect(b), 10, 10);
        var ma = Cover(a, 10, 10);
        var mb = Cover(b, 10, 10);
        for (int y = 0; y < 10; y++)
        {
            for (int x = 0; x < 10; x++)
            {
                Assert.Equal(ma[x, y] && mb[x, y], m[x, y]);
            }
        }
    }
}
