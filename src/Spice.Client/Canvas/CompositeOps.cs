using static Spice.Client.Canvas.Un8;

namespace Spice.Client.Canvas;

/// <summary>
/// The Render operators of SPICE_MSG_DISPLAY_DRAW_COMPOSITE (SPICE/QXL op codes, which are pixman's) on premultiplied
/// 0xAARRGGBB pixels with pixman's 8-bit rounding, in unified and component-alpha forms.
/// </summary>
internal static partial class CompositeOps
{
    public const int Clear = 0x00, Src = 0x01, Dst = 0x02, Over = 0x03, OverReverse = 0x04, In = 0x05, InReverse = 0x06,
        Out = 0x07, OutReverse = 0x08, Atop = 0x09, AtopReverse = 0x0a, Xor = 0x0b, Add = 0x0c, Saturate = 0x0d,
        Multiply = 0x30, Screen = 0x31, Overlay = 0x32, Darken = 0x33, Lighten = 0x34, ColorDodge = 0x35, ColorBurn = 0x36,
        HardLight = 0x37, SoftLight = 0x38, Difference = 0x39, Exclusion = 0x3a, HslHue = 0x3b, HslSaturation = 0x3c,
        HslColor = 0x3d, HslLuminosity = 0x3e;

    public static bool IsKnown(int op) => op is >= Clear and <= Saturate or >= Multiply and <= HslLuminosity;

    /// <summary>The source multiplied by the mask's alpha (no mask: pass 0xFF).</summary>
    public static uint MaskUnified(uint s, uint maskAlpha) => maskAlpha == 0 ? 0 : maskAlpha == 0xFF ? s : Mul4(s, maskAlpha);

    /// <summary>One pixel of op with a source already multiplied by the mask alpha.</summary>
    public static uint Unified(int op, uint s, uint d)
    {
        uint sa = Alpha(s), da = Alpha(d);
        return op switch
        {
            Clear => 0,
            Src => s,
            Dst => d,
            Over => sa == 0xFF ? s : s == 0 ? d : MulAdd(d, 255 - sa, s),
            OverReverse => MulAdd(s, 255 - da, d),
            In => Mul4(s, da),
            InReverse => Mul4(d, sa),
            Out => Mul4(s, 255 - da),
            OutReverse => Mul4(d, 255 - sa),
            Atop => MulAddMul(s, da, d, 255 - sa),
            AtopReverse => MulAddMul(s, 255 - da, d, sa),
            Xor => MulAddMul(s, 255 - da, d, 255 - sa),
            Add => AddSat(d, s),
            Multiply => AddSat(Mul4x4(d, s), MulAddMul(s, 255 - da, d, 255 - sa)),
            Screen or Overlay or Darken or Lighten or HardLight or Difference or Exclusion =>
                Separable(op, s, d, sa, Replicate(sa)),
            _ => Float(op, s, 0xFFFFFFFF, d, componentAlpha: false),
        };
    }

    /// <summary>One pixel of op with a per-channel mask (component alpha).</summary>
    public static uint ComponentAlpha(int op, uint s, uint m, uint d)
    {
        uint da = Alpha(d);
        switch (op)
        {
            case Clear:
                return 0;
            case Src:
                return MaskValue(s, m);
            case Dst:
                return d;
            case Over:
                MaskBoth(ref s, ref m);
                return ~m != 0 ? Mul4x4Add(d, ~m, s) : s;
            case OverReverse:
                return 255 - da != 0 ? MulAdd(Mul4x4(s, m), 255 - da, d) : d;
            case In:
                return da == 0 ? 0 : da == 0xFF ? MaskValue(s, m) : Mul4(MaskValue(s, m), da);
            case Out:
                return 255 - da == 0 ? 0 : 255 - da == 0xFF ? MaskValue(s, m) : Mul4(MaskValue(s, m), 255 - da);
            case InReverse:
            {
                uint a = MaskAlpha(s, m);
                return a == 0xFFFFFFFF ? d : a == 0 ? 0 : Mul4x4(d, a);
            }

            case OutReverse:
            {
                uint a = ~MaskAlpha(s, m);
                return a == 0xFFFFFFFF ? d : a == 0 ? 0 : Mul4x4(d, a);
            }

            case Atop:
                MaskBoth(ref s, ref m);
                return Mul4x4AddMul(d, ~m, s, da);
            case AtopReverse:
                MaskBoth(ref s, ref m);
                return Mul4x4AddMul(d, m, s, 255 - da);
            case Xor:
                MaskBoth(ref s, ref m);
                return Mul4x4AddMul(d, ~m, s, 255 - da);
            case Add:
                return AddSat(d, MaskValue(s, m));
            case Multiply:
                MaskBoth(ref s, ref m);
                return AddSat(Mul4x4AddMul(d, ~m, s, 255 - da), Mul4x4(d, s));
            case Screen or Overlay or Darken or Lighten or HardLight or Difference or Exclusion:
                MaskBoth(ref s, ref m);
                return Separable(op, s, d, Alpha(s), m);
            default:
                return Float(op, s, m, d, componentAlpha: true);
        }
    }

    /// <summary>The source times the mask channel by channel; the mask becomes mask times source alpha.</summary>
    private static void MaskBoth(ref uint s, ref uint m)
    {
        if (m == 0)
        {
            s = 0;
            return;
        }

        if (m == 0xFFFFFFFF)
        {
            m = Replicate(Alpha(s));
            return;
        }

        uint sa = Alpha(s);
        s = Mul4x4(s, m);
        m = Mul4(m, sa);
    }

    private static uint MaskValue(uint s, uint m) => m == 0 ? 0 : m == 0xFFFFFFFF ? s : Mul4x4(s, m);

    private static uint MaskAlpha(uint s, uint m)
    {
        uint sa = Alpha(s);
        if (m == 0 || sa == 0xFF)
        {
            return m;
        }

        return m == 0xFFFFFFFF ? Replicate(sa) : Mul4(m, sa);
    }

    /// <summary>PDF separable blend modes done in integers: (1-as)*d + (1-ad)*s + B, B scaled by 255*255.</summary>
    private static uint Separable(int op, uint s, uint d, uint sa, uint m)
    {
        int da = (int)Alpha(d), ida = 255 - da;
        int ra = (da * 255) + ((int)sa * 255) - ((int)sa * da);
        uint result = (uint)DivOne(Math.Clamp(ra, 0, 255 * 255)) << 24;
        for (int shift = 16; shift >= 0; shift -= 8)
        {
            int dc = (int)Ch(d, shift), sc = (int)Ch(s, shift), mc = (int)Ch(m, shift);
            int r = ((255 - mc) * dc) + (ida * sc) + Blend(op, dc, da, sc, mc);
            result |= DivOne(Math.Clamp(r, 0, 255 * 255)) << shift;
        }

        return result;
    }

    private static int Blend(int op, int d, int ad, int s, int a) => op switch
    {
        Screen => (s * ad) + (d * a) - (s * d),
        Overlay => 2 * d < ad ? 2 * s * d : (a * ad) - (2 * (ad - d) * (a - s)),
        Darken => Math.Min(ad * s, a * d),
        Lighten => Math.Max(ad * s, a * d),
        HardLight => 2 * s < a ? 2 * s * d : (a * ad) - (2 * (ad - d) * (a - s)),
        Difference => Math.Abs((d * a) - (s * ad)),
        _ => (s * ad) + (d * a) - (2 * d * s),
    };
}
