using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas;

/// <summary>The reduction of SPICE_ROPD_* descriptors (<see cref="Ropd"/>) to a <see cref="Rop"/>.</summary>
internal static class RopDescriptor
{
    public enum Input
    {
        Src,
        Brush,
        Dest,
    }

    /// <summary>
    /// The op "result = [~](in1' OP in2')" where in1 is <paramref name="source"/> and in2 is <paramref name="dest"/>,
    /// each inverted when its SPICE_ROPD_INVERS_* bit is set, written as a binary rop of (in1, in2).
    /// </summary>
    public static Rop ToRop(Ropd descriptor, Input source, Input dest)
    {
        bool invSrc = (descriptor & InvertBit(source)) != 0;
        bool invDest = (descriptor & InvertBit(dest)) != 0;
        bool invRes = (descriptor & Ropd.InversRes) != 0;

        if ((descriptor & Ropd.OpPut) != 0)
        {
            return invSrc ^ invRes ? Rop.CopyInverted : Rop.Copy;
        }

        if ((descriptor & (Ropd.OpOr | Ropd.OpAnd | Ropd.OpXor)) != 0)
        {
            // Truth table of f(s, d), bit index 2*s + d, matched against the sixteen GX ops.
            int code = 0;
            for (int s = 0; s <= 1; s++)
            {
                for (int d = 0; d <= 1; d++)
                {
                    int a = invSrc ? 1 - s : s;
                    int b = invDest ? 1 - d : d;
                    int r = (descriptor & Ropd.OpOr) != 0 ? a | b : (descriptor & Ropd.OpAnd) != 0 ? a & b : a ^ b;
                    if (invRes)
                    {
                        r = 1 - r;
                    }

                    if (r != 0)
                    {
                        code |= 1 << ((s << 1) | d);
                    }
                }
            }

            return FromTruthTable(code);
        }

        if ((descriptor & Ropd.OpBlackness) != 0)
        {
            return Rop.Clear;
        }

        if ((descriptor & Ropd.OpWhiteness) != 0)
        {
            return Rop.Set;
        }

        if ((descriptor & Ropd.OpInvers) != 0)
        {
            return Rop.Invert;
        }

        return Rop.Copy;
    }

    /// <summary>Apply a binary rop to whole pixels.</summary>
    public static uint Apply(Rop rop, uint src, uint dst) => rop switch
    {
        Rop.Clear => 0,
        Rop.And => src & dst,
        Rop.AndReverse => src & ~dst,
        Rop.Copy => src,
        Rop.AndInverted => ~src & dst,
        Rop.Noop => dst,
        Rop.Xor => src ^ dst,
        Rop.Or => src | dst,
        Rop.Nor => ~(src | dst),
        Rop.Equiv => ~(src ^ dst),
        Rop.Invert => ~dst,
        Rop.OrReverse => src | ~dst,
        Rop.CopyInverted => ~src,
        Rop.OrInverted => ~src | dst,
        Rop.Nand => ~(src & dst),
        _ => 0xFFFFFFFF,
    };

    private static Ropd InvertBit(Input input) => input switch
    {
        Input.Src => Ropd.InversSrc,
        Input.Brush => Ropd.InversBrush,
        _ => Ropd.InversDest,
    };

    /// <summary>Finds the GX op whose table (bit index 2*s + d) equals <paramref name="table"/>.</summary>
    private static Rop FromTruthTable(int table)
    {
        for (int op = 0; op < 16; op++)
        {
            int t = 0;
            for (int s = 0; s <= 1; s++)
            {
                for (int d = 0; d <= 1; d++)
                {
                    if ((Apply((Rop)op, s == 1 ? 1u : 0u, d == 1 ? 1u : 0u) & 1) != 0)
                    {
                        t |= 1 << ((s << 1) | d);
                    }
                }
            }

            if (t == table)
            {
                return (Rop)op;
            }
        }

        return Rop.Copy;
    }
}
