namespace Spice.Client.Canvas;

/// <summary>Porter-Duff arithmetic on premultiplied 8-bit channels, rounded as pixman rounds.</summary>
internal static class Compose
{
    /// <summary>a * b / 255, rounded (pixman MUL_UN8).</summary>
    public static uint Mul(uint a, uint b)
    {
        uint t = (a * b) + 0x80;
        return ((t >> 8) + t) >> 8;
    }

    /// <summary>Every channel of <paramref name="p"/> times <paramref name="a"/> / 255.</summary>
    public static uint MulPixel(uint p, uint a) =>
        Mul(p & 0xFF, a) | (Mul((p >> 8) & 0xFF, a) << 8) | (Mul((p >> 16) & 0xFF, a) << 16) | (Mul(p >> 24, a) << 24);

    /// <summary>Saturating per-channel add.</summary>
    public static uint Add(uint a, uint b)
    {
        uint r = 0;
        for (int s = 0; s < 32; s += 8)
        {
            uint c = ((a >> s) & 0xFF) + ((b >> s) & 0xFF);
            r |= Math.Min(c, 255u) << s;
        }

        return r;
    }

    /// <summary>src OVER dest.</summary>
    public static uint Over(uint src, uint dest) => Add(src, MulPixel(dest, 255 - (src >> 24)));

    /// <summary>
    /// OVER of src (offset so dest (x,y) reads src (x - offX, y - offY); missing pixels are transparent) with a
    /// global alpha, over every region pixel. Sources without alpha read as opaque; dests without alpha too.
    /// </summary>
    public static void OverRegion(CanvasSurface dest, Region region, in PixelSource src, int offX, int offY,
        bool srcAlpha, bool destAlpha, byte alpha)
    {
        var bounds = new CanvasRect(offX, offY, offX + src.Width, offY + src.Height);
        foreach (var rr in region.Rects)
        {
            var r = rr.Intersect(bounds);
            for (int y = r.Top; y < r.Bottom; y++)
            {
                var d = dest.Data.AsSpan((y * dest.Width) + r.Left, r.Width);
                var s = src.Data.AsSpan(((y - offY) * src.Width) + r.Left - offX, r.Width);
                for (int i = 0; i < d.Length; i++)
                {
                    uint sp = srcAlpha ? s[i] : s[i] | 0xFF000000;
                    if (alpha != 0xFF)
                    {
                        sp = MulPixel(sp, alpha);
                    }

                    uint dp = destAlpha ? d[i] : d[i] | 0xFF000000;
                    d[i] = Over(sp, dp);
                }
            }
        }
    }
}
