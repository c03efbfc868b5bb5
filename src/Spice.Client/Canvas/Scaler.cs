namespace Spice.Client.Canvas;

/// <summary>
/// Resampling as pixman does it for a scale transform with REPEAT_NONE: destination pixel i (relative to the
/// composite origin) samples the source at v = fs * (i + origin) + round(fs / 2) + translate (16.16 fixed);
/// NEAREST takes pixel floor((v - 1) / 65536), bilinear (FILTER_GOOD) blends the four pixels around v - 1/2
/// with 7-bit weights. Samples outside the source read as transparent black.
/// </summary>
internal readonly struct Scaler
{
    public const byte ModeInterpolate = 0;
    public const byte ModeNearest = 1;

    private readonly long _fsx, _fsy, _x0, _y0;
    private readonly bool _nearest;

    private Scaler(long fsx, long fsy, long x0, long y0, bool nearest)
    {
        _fsx = fsx;
        _fsy = fsy;
        _x0 = x0;
        _y0 = y0;
        _nearest = nearest;
    }

    /// <summary>The scaling of spice's scale_image: src area (x, y, w, h) onto a destination of dw x dh.</summary>
    public static Scaler ForArea(CanvasRect srcArea, int destWidth, int destHeight, byte mode)
    {
        if (srcArea.Width <= 0 || srcArea.Height <= 0 || destWidth <= 0 || destHeight <= 0)
        {
            throw new CanvasException("empty source or destination area for scaling");
        }

        if (mode is not (ModeInterpolate or ModeNearest))
        {
            throw new CanvasException($"unknown scale mode {mode}");
        }

        long fsx = (long)srcArea.Width * 65536 / destWidth;
        long fsy = (long)srcArea.Height * 65536 / destHeight;
        return new Scaler(fsx, fsy, ((fsx + 1) >> 1) + ((long)srcArea.Left << 16), ((fsy + 1) >> 1) + ((long)srcArea.Top << 16),
            mode == ModeNearest);
    }

    /// <summary>The scaling of spice's canvas_scale_surface (rop3): double factors, origin round(left / sx).</summary>
    public static Scaler ForRop3(CanvasRect srcArea, int destWidth, int destHeight, byte mode)
    {
        if (srcArea.Width <= 0 || srcArea.Height <= 0 || destWidth <= 0 || destHeight <= 0)
        {
            throw new CanvasException("empty source or destination area for scaling");
        }

        double sx = (double)srcArea.Width / destWidth;
        double sy = (double)srcArea.Height / destHeight;
        long fsx = (long)(sx * 65536.0);
        long fsy = (long)(sy * 65536.0);
        long ox = (long)Math.Floor((srcArea.Left / sx) + 0.5);
        long oy = (long)Math.Floor((srcArea.Top / sy) + 0.5);
        return new Scaler(fsx, fsy, (fsx * ox) + ((fsx + 1) >> 1), (fsy * oy) + ((fsy + 1) >> 1), mode == ModeNearest);
    }

    /// <summary>
    /// Samples destination pixels [area] of a destination whose pixel (originX, originY) is index 0,
    /// into a new image of the area's size.
    /// </summary>
    public CanvasImage Sample(in PixelSource src, CanvasRect area, int originX, int originY)
    {
        var result = new CanvasImage(area.Width, area.Height, src.Kind);
        for (int y = 0; y < area.Height; y++)
        {
            long vy = _y0 + (_fsy * (area.Top - originY + y));
            var row = result.Row(y);
            long vx = _x0 + (_fsx * (area.Left - originX));
            for (int x = 0; x < row.Length; x++, vx += _fsx)
            {
                row[x] = _nearest ? Fetch(src, (int)((vx - 1) >> 16), (int)((vy - 1) >> 16)) : Bilinear(src, vx, vy);
            }
        }

        return result;
    }

    private static uint Fetch(in PixelSource src, int x, int y)
    {
        if ((uint)x >= (uint)src.Width || (uint)y >= (uint)src.Height)
        {
            return 0;
        }

        uint p = src.Data[(y * src.Width) + x];
        return src.Kind == ImageKind.Argb ? p : p | 0xFF000000u;
    }

    private static uint Bilinear(in PixelSource src, long vx, long vy)
    {
        long x = vx - 0x8000, y = vy - 0x8000;
        int x1 = (int)(x >> 16), y1 = (int)(y >> 16);
        int dx = (int)((x >> 9) & 0x7F) << 1;
        int dy = (int)((y >> 9) & 0x7F) << 1;
        uint tl = Fetch(src, x1, y1), tr = Fetch(src, x1 + 1, y1);
        uint bl = Fetch(src, x1, y1 + 1), br = Fetch(src, x1 + 1, y1 + 1);
        int dxy = dx * dy;
        int dxiy = (dx << 8) - dxy;
        int dixy = (dy << 8) - dxy;
        int dixiy = (256 * 256) - (dy << 8) - (dx << 8) + dxy;
        uint result = 0;
        for (int shift = 0; shift < 32; shift += 8)
        {
            long c = (((tl >> shift) & 0xFF) * (long)dixiy) + (((tr >> shift) & 0xFF) * (long)dxiy) +
                (((bl >> shift) & 0xFF) * (long)dixy) + (((br >> shift) & 0xFF) * (long)dxy);
            result |= (uint)((c >> 16) & 0xFF) << shift;
        }

        return result;
    }
}
