using Spice.Client.Canvas.Model;
using PathFlags = Spice.Protocol.Messages.Display.PathFlags;

namespace Spice.Client.Canvas;

/// <summary>
/// Turns a SPICE path into integer polylines as spice-common's stroke does: BEGIN starts a new polyline, END
/// finishes one (CLOSE first returns to its first point), points are rounded from 28.4, and each cubic bezier is
/// subdivided at midpoints until both control points deviate less than about half a pixel from the chord.
/// </summary>
internal static class PathFlattener
{
    /// <summary>Deeper than any curve on a real surface needs; bounds the work a hostile curve can cause.</summary>
    private const int MaxBezierDepth = 12;

    public static List<List<(int X, int Y)>> Flatten(PathSegment[] path)
    {
        var result = new List<List<(int X, int Y)>>();
        var current = new List<(int X, int Y)>();
        foreach (var seg in path)
        {
            var pts = seg.Points;
            if ((pts.Length & 1) != 0)
            {
                throw new CanvasException("path segment with an odd number of coordinates");
            }

            int i = 0, n = pts.Length / 2;
            if ((seg.Flags & PathFlags.Begin) != 0)
            {
                Flush(result, ref current);
                if (n == 0)
                {
                    throw new CanvasException("path BEGIN segment without points");
                }

                current.Add((FixedPoint.ToInt(pts[0]), FixedPoint.ToInt(pts[1])));
                i = 1;
            }

            if ((seg.Flags & PathFlags.Bezier) != 0)
            {
                if ((n - i) % 3 != 0)
                {
                    throw new CanvasException("bezier path segment whose point count is not a multiple of three");
                }

                if (i < n && current.Count == 0)
                {
                    throw new CanvasException("bezier without a start point");
                }

                for (; i + 2 < n; i += 3)
                {
                    var (lx, ly) = current[^1];
                    Subdivide(current, FixedPoint.FromInt(lx), FixedPoint.FromInt(ly), pts[2 * i], pts[(2 * i) + 1],
                        pts[(2 * i) + 2], pts[(2 * i) + 3], pts[(2 * i) + 4], pts[(2 * i) + 5], 0);
                }
            }
            else
            {
                for (; i < n; i++)
                {
                    current.Add((FixedPoint.ToInt(pts[2 * i]), FixedPoint.ToInt(pts[(2 * i) + 1])));
                }
            }

            if ((seg.Flags & PathFlags.End) != 0)
            {
                if ((seg.Flags & PathFlags.Close) != 0 && current.Count > 0)
                {
                    current.Add(current[0]);
                }

                Flush(result, ref current);
            }
        }

        Flush(result, ref current);
        return result;
    }

    private static void Flush(List<List<(int X, int Y)>> result, ref List<(int X, int Y)> current)
    {
        if (current.Count > 0)
        {
            result.Add(current);
            current = [];
        }
    }

    private static long Dot(long x1, long y1, long x2, long y2) => unchecked((x1 * x2) + (y1 * y2)) >> 4;

    private static void Subdivide(List<(int X, int Y)> lines, int x0, int y0, int x1, int y1, int x2, int y2, int x3, int y3,
        int depth)
    {
        unchecked
        {
            long a2 = Dot((long)x1 - x0, (long)y1 - y0, (long)x1 - x0, (long)y1 - y0);
            long b2 = Dot((long)x3 - x0, (long)y3 - y0, (long)x3 - x0, (long)y3 - y0);
            long c2 = Dot((long)x2 - x3, (long)y2 - y3, (long)x2 - x3, (long)y2 - y3);
            long ab = Dot((long)x1 - x0, (long)y1 - y0, (long)x3 - x0, (long)y3 - y0);
            long cb = Dot((long)x2 - x3, (long)y2 - y3, (long)x0 - x3, (long)y0 - y3);
            long h1 = ((a2 * b2) - (ab * ab)) >> 3;
            long h2 = ((c2 * b2) - (cb * cb)) >> 3;
            if ((h1 < b2 && h2 < b2) || depth >= MaxBezierDepth)
            {
                lines.Add((FixedPoint.ToInt(x3), FixedPoint.ToInt(y3)));
                return;
            }

            int x01 = (x0 + x1) / 2, y01 = (y0 + y1) / 2;
            int x12 = (x1 + x2) / 2, y12 = (y1 + y2) / 2;
            int x23 = (x2 + x3) / 2, y23 = (y2 + y3) / 2;
            int x012 = (x01 + x12) / 2, y012 = (y01 + y12) / 2;
            int x123 = (x12 + x23) / 2, y123 = (y12 + y23) / 2;
            int xm = (x012 + x123) / 2, ym = (y012 + y123) / 2;
            Subdivide(lines, x0, y0, x01, y01, x012, y012, xm, ym, depth + 1);
            Subdivide(lines, xm, ym, x123, y123, x23, y23, x3, y3, depth + 1);
        }
    }
}
