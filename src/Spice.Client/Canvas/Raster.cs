namespace Spice.Client.Canvas;

/// <summary>Pixel loops over the rectangles of a region. Every pixel written is inside the surface.</summary>
internal static class Raster
{
    public static void FillSolid(CanvasSurface dest, Region region, uint color, Rop rop)
    {
        var data = dest.Data;
        int w = dest.Width;
        foreach (var r in region.Rects)
        {
            for (int y = r.Top; y < r.Bottom; y++)
            {
                var row = data.AsSpan((y * w) + r.Left, r.Width);
                switch (rop)
                {
                    case Rop.Copy:
                        row.Fill(color);
                        break;
                    case Rop.Clear:
                        row.Clear();
                        break;
                    case Rop.Set:
                        row.Fill(0xFFFFFFFF);
                        break;
                    case Rop.Noop:
                        break;
                    default:
                        for (int i = 0; i < row.Length; i++)
                        {
                            row[i] = RopDescriptor.Apply(rop, color, row[i]);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>Tiles <paramref name="tile"/> so that its pixel (0,0) lands on (offsetX, offsetY) modulo its size.</summary>
    public static void FillTiled(CanvasSurface dest, Region region, in PixelSource tile, int offsetX, int offsetY, Rop rop)
    {
        if (tile.Width <= 0 || tile.Height <= 0)
        {
            throw new CanvasException("empty pattern");
        }

        var data = dest.Data;
        int w = dest.Width;
        foreach (var r in region.Rects)
        {
            for (int y = r.Top; y < r.Bottom; y++)
            {
                int ty = Mod(y - offsetY, tile.Height);
                var trow = tile.Data.AsSpan(ty * tile.Width, tile.Width);
                var row = data.AsSpan((y * w) + r.Left, r.Width);
                int tx = Mod(r.Left - offsetX, tile.Width);
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = rop == Rop.Copy ? trow[tx] : RopDescriptor.Apply(rop, trow[tx], row[i]);
                    if (++tx == tile.Width)
                    {
                        tx = 0;
                    }
                }
            }
        }
    }

    /// <summary>
    /// dest(x, y) = rop(src(x - offsetX, y - offsetY), dest(x, y)) where the source pixel exists;
    /// dest pixels without a source pixel are left alone (spice_pixman_blit clips to the source).
    /// </summary>
    public static void Blit(CanvasSurface dest, Region region, in PixelSource src, int offsetX, int offsetY, Rop rop)
    {
        var data = dest.Data;
        int w = dest.Width;
        var srcBounds = new CanvasRect(offsetX, offsetY, offsetX + src.Width, offsetY + src.Height);
        foreach (var rr in region.Rects)
        {
            var r = rr.Intersect(srcBounds);
            if (r.IsEmpty)
            {
                continue;
            }

            for (int y = r.Top; y < r.Bottom; y++)
            {
                var s = src.Data.AsSpan(((y - offsetY) * src.Width) + r.Left - offsetX, r.Width);
                var d = data.AsSpan((y * w) + r.Left, r.Width);
                if (rop == Rop.Copy)
                {
                    s.CopyTo(d);
                }
                else
                {
                    for (int i = 0; i < d.Length; i++)
                    {
                        d[i] = RopDescriptor.Apply(rop, s[i], d[i]);
                    }
                }
            }
        }
    }

    /// <summary>Colour-keyed blit: source pixels whose RGB equals the key (alpha ignored) are skipped.</summary>
    public static void BlitColorKey(CanvasSurface dest, Region region, in PixelSource src, int offsetX, int offsetY, uint key)
    {
        key &= 0xFFFFFF;
        var data = dest.Data;
        int w = dest.Width;
        var srcBounds = new CanvasRect(offsetX, offsetY, offsetX + src.Width, offsetY + src.Height);
        foreach (var rr in region.Rects)
        {
            var r = rr.Intersect(srcBounds);
            for (int y = r.Top; y < r.Bottom; y++)
            {
                var s = src.Data.AsSpan(((y - offsetY) * src.Width) + r.Left - offsetX, r.Width);
                var d = data.AsSpan((y * w) + r.Left, r.Width);
                for (int i = 0; i < d.Length; i++)
                {
                    if ((s[i] & 0xFFFFFF) != key)
                    {
                        d[i] = s[i];
                    }
                }
            }
        }
    }

    public static int Mod(int a, int m)
    {
        int r = a % m;
        return r < 0 ? r + m : r;
    }
}
