namespace Spice.Client.Canvas;

/// <summary>
/// A set of pixels as y-x banded, non-overlapping rectangles (the layout pixman regions use), so every
/// pixel is visited once even by operations that are not idempotent (xor, invert).
/// </summary>
internal sealed class Region
{
    private readonly List<CanvasRect> _rects;

    private Region(List<CanvasRect> rects) => _rects = rects;

    public int Count => _rects.Count;

    public bool IsEmpty => _rects.Count == 0;

    public IReadOnlyList<CanvasRect> Rects => _rects;

    public CanvasRect Extents
    {
        get
        {
            if (_rects.Count == 0)
            {
                return default;
            }

            int l = int.MaxValue, t = int.MaxValue, r = int.MinValue, b = int.MinValue;
            foreach (var x in _rects)
            {
                l = Math.Min(l, x.Left);
                t = Math.Min(t, x.Top);
                r = Math.Max(r, x.Right);
                b = Math.Max(b, x.Bottom);
            }

            return new CanvasRect(l, t, r, b);
        }
    }

    public static Region FromRect(CanvasRect rect)
    {
        var list = new List<CanvasRect>(1);
        if (!rect.IsEmpty)
        {
            list.Add(rect);
        }

        return new Region(list);
    }

    /// <summary>The union of arbitrary (possibly overlapping, possibly empty) rectangles.</summary>
    public static Region FromRects(ReadOnlySpan<CanvasRect> rects)
    {
        var ys = new List<int>(rects.Length * 2);
        foreach (var r in rects)
        {
            if (!r.IsEmpty)
            {
                ys.Add(r.Top);
                ys.Add(r.Bottom);
            }
        }

        ys.Sort();
        var result = new List<CanvasRect>();
        var spans = new List<(int L, int R)>();
        int prevBandStart = -1;
        for (int i = 0; i + 1 < ys.Count; i++)
        {
            int y0 = ys[i], y1 = ys[i + 1];
            if (y0 == y1)
            {
                continue;
            }

            spans.Clear();
            foreach (var r in rects)
            {
                if (!r.IsEmpty && r.Top <= y0 && r.Bottom >= y1)
                {
                    spans.Add((r.Left, r.Right));
                }
            }

            spans.Sort((a, b) => a.L.CompareTo(b.L));
            var merged = new List<(int L, int R)>();
            foreach (var s in spans)
            {
                if (merged.Count > 0 && s.L <= merged[^1].R)
                {
                    merged[^1] = (merged[^1].L, Math.Max(merged[^1].R, s.R));
                }
                else
                {
                    merged.Add(s);
                }
            }

            prevBandStart = AppendBand(result, prevBandStart, y0, y1, merged);
        }

        return new Region(result);
    }

    /// <summary>Builds a region from rows of spans: rows[i] holds the covered [L,R) intervals of row top+i.</summary>
    public static Region FromRows(int top, List<List<(int L, int R)>> rows)
    {
        var result = new List<CanvasRect>();
        int prevBandStart = -1;
        for (int i = 0; i < rows.Count; i++)
        {
            prevBandStart = AppendBand(result, prevBandStart, top + i, top + i + 1, rows[i]);
        }

        return new Region(result);
    }

    public Region Intersect(CanvasRect clip)
    {
        var list = new List<CanvasRect>(_rects.Count);
        foreach (var r in _rects)
        {
            var i = r.Intersect(clip);
            if (!i.IsEmpty)
            {
                list.Add(i);
            }
        }

        return new Region(list);
    }

    public Region Intersect(Region other)
    {
        if (other._rects.Count == 1)
        {
            return Intersect(other._rects[0]);
        }

        if (_rects.Count == 1)
        {
            return other.Intersect(_rects[0]);
        }

        var ys = new List<int>();
        foreach (var r in _rects)
        {
            ys.Add(r.Top);
            ys.Add(r.Bottom);
        }

        foreach (var r in other._rects)
        {
            ys.Add(r.Top);
            ys.Add(r.Bottom);
        }

        ys.Sort();
        var result = new List<CanvasRect>();
        int prevBandStart = -1;
        var a = new List<(int L, int R)>();
        var b = new List<(int L, int R)>();
        var both = new List<(int L, int R)>();
        for (int i = 0; i + 1 < ys.Count; i++)
        {
            int y0 = ys[i], y1 = ys[i + 1];
            if (y0 == y1)
            {
                continue;
            }

            SpansAt(_rects, y0, a);
            SpansAt(other._rects, y0, b);
            both.Clear();
            int ia = 0, ib = 0;
            while (ia < a.Count && ib < b.Count)
            {
                int l = Math.Max(a[ia].L, b[ib].L);
                int r = Math.Min(a[ia].R, b[ib].R);
                if (l < r)
                {
                    both.Add((l, r));
                }

                if (a[ia].R < b[ib].R)
                {
                    ia++;
                }
                else
                {
                    ib++;
                }
            }

            prevBandStart = AppendBand(result, prevBandStart, y0, y1, both);
        }

        return new Region(result);
    }

    public Region Translate(int dx, int dy)
    {
        var list = new List<CanvasRect>(_rects.Count);
        foreach (var r in _rects)
        {
            list.Add(r.Offset(dx, dy));
        }

        return new Region(list);
    }

    private static void SpansAt(List<CanvasRect> rects, int y, List<(int L, int R)> spans)
    {
        spans.Clear();
        foreach (var r in rects)
        {
            if (r.Top <= y && y < r.Bottom)
            {
                spans.Add((r.Left, r.Right));
            }
        }
    }

    /// <summary>Appends one band, growing the previous band instead when it is adjacent and has the same spans.</summary>
    private static int AppendBand(List<CanvasRect> result, int prevBandStart, int y0, int y1, List<(int L, int R)> spans)
    {
        if (spans.Count == 0)
        {
            return -1;
        }

        if (prevBandStart >= 0 && result.Count - prevBandStart == spans.Count && result[prevBandStart].Bottom == y0)
        {
            bool same = true;
            for (int k = 0; k < spans.Count && same; k++)
            {
                var p = result[prevBandStart + k];
                same = p.Left == spans[k].L && p.Right == spans[k].R;
            }

            if (same)
            {
                for (int k = 0; k < spans.Count; k++)
                {
                    var p = result[prevBandStart + k];
                    result[prevBandStart + k] = p with { Bottom = y1 };
                }

                return prevBandStart;
            }
        }

        int start = result.Count;
        foreach (var s in spans)
        {
            result.Add(new CanvasRect(s.L, y0, s.R, y1));
        }

        return start;
    }
}
