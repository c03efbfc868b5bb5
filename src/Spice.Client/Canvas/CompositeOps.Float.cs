namespace Spice.Client.Canvas;

internal static partial class CompositeOps
{
    /// <summary>
    /// The operators pixman computes in floating point (saturate, color dodge/burn, soft light, the HSL modes):
    /// PDF blend formulas on premultiplied channels in [0, 1], rounded back to 8 bits.
    /// </summary>
    private static uint Float(int op, uint s, uint m, uint d, bool componentAlpha)
    {
        Span<double> sc = stackalloc double[4], dc = stackalloc double[4], mc = stackalloc double[4], rc = stackalloc double[4];
        for (int i = 0; i < 4; i++)
        {
            int shift = 24 - (8 * i);
            sc[i] = Un8.Ch(s, shift) / 255.0;
            dc[i] = Un8.Ch(d, shift) / 255.0;
            mc[i] = Un8.Ch(m, shift) / 255.0;
        }

        double sa = sc[0], da = dc[0];
        if (componentAlpha)
        {
            for (int i = 0; i < 4; i++)
            {
                sc[i] *= mc[i];
            }

            sa = sc[0];
        }

        if (op == Saturate)
        {
            double fa = sa <= 0 ? 1 : Math.Min(1, (1 - da) / sa);
            for (int i = 0; i < 4; i++)
            {
                rc[i] = (sc[i] * fa) + dc[i];
            }
        }
        else
        {
            rc[0] = sa + da - (sa * da);
            if (op >= HslHue)
            {
                Hsl(op, sc, dc, sa, da, rc);
            }
            else
            {
                for (int i = 1; i < 4; i++)
                {
                    double cs = sa > 0 ? sc[i] / sa : 0, cb = da > 0 ? dc[i] / da : 0;
                    rc[i] = ((1 - sa) * dc[i]) + ((1 - da) * sc[i]) + (sa * da * BlendFloat(op, cb, cs));
                }
            }
        }

        uint result = 0;
        for (int i = 0; i < 4; i++)
        {
            result |= (uint)Math.Round(Math.Clamp(rc[i], 0, 1) * 255.0) << (24 - (8 * i));
        }

        return result;
    }

    private static double BlendFloat(int op, double cb, double cs) => op switch
    {
        ColorDodge => cb <= 0 ? 0 : cs >= 1 ? 1 : Math.Min(1, cb / (1 - cs)),
        ColorBurn => cb >= 1 ? 1 : cs <= 0 ? 0 : 1 - Math.Min(1, (1 - cb) / cs),
        SoftLight => cs <= 0.5
            ? cb - ((1 - (2 * cs)) * cb * (1 - cb))
            : cb + (((2 * cs) - 1) * ((cb <= 0.25 ? ((((16 * cb) - 12) * cb) + 4) * cb : Math.Sqrt(cb)) - cb)),
        _ => cs,
    };

    private static void Hsl(int op, ReadOnlySpan<double> sc, ReadOnlySpan<double> dc, double sa, double da, Span<double> rc)
    {
        Span<double> s = stackalloc double[3], b = stackalloc double[3], r = stackalloc double[3];
        for (int i = 0; i < 3; i++)
        {
            s[i] = sa > 0 ? sc[i + 1] / sa : 0;
            b[i] = da > 0 ? dc[i + 1] / da : 0;
        }

        switch (op)
        {
            case HslHue:
                s.CopyTo(r);
                SetSat(r, Sat(b));
                SetLum(r, Lum(b));
                break;
            case HslSaturation:
                b.CopyTo(r);
                SetSat(r, Sat(s));
                SetLum(r, Lum(b));
                break;
            case HslColor:
                s.CopyTo(r);
                SetLum(r, Lum(b));
                break;
            default:
                b.CopyTo(r);
                SetLum(r, Lum(s));
                break;
        }

        for (int i = 0; i < 3; i++)
        {
            rc[i + 1] = ((1 - sa) * dc[i + 1]) + ((1 - da) * sc[i + 1]) + (sa * da * r[i]);
        }
    }

    private static double Lum(ReadOnlySpan<double> c) => (0.3 * c[0]) + (0.59 * c[1]) + (0.11 * c[2]);

    private static double Sat(ReadOnlySpan<double> c) => Math.Max(c[0], Math.Max(c[1], c[2])) - Math.Min(c[0], Math.Min(c[1], c[2]));

    private static void SetLum(Span<double> c, double l)
    {
        double delta = l - Lum(c);
        for (int i = 0; i < 3; i++)
        {
            c[i] += delta;
        }

        double lum = Lum(c), min = Math.Min(c[0], Math.Min(c[1], c[2])), max = Math.Max(c[0], Math.Max(c[1], c[2]));
        for (int i = 0; i < 3; i++)
        {
            if (min < 0 && lum - min > 0)
            {
                c[i] = lum + ((c[i] - lum) * lum / (lum - min));
            }

            if (max > 1 && max - lum > 0)
            {
                c[i] = lum + ((c[i] - lum) * (1 - lum) / (max - lum));
            }
        }
    }

    private static void SetSat(Span<double> c, double sat)
    {
        double min = Math.Min(c[0], Math.Min(c[1], c[2])), max = Math.Max(c[0], Math.Max(c[1], c[2]));
        for (int i = 0; i < 3; i++)
        {
            c[i] = max > min ? (c[i] - min) * sat / (max - min) : 0;
        }
    }
}
