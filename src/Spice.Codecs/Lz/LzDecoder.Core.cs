using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

public static partial class LzDecoder
{
    private const string Format = "LZ";

    /// <summary>
    /// One pass of the LZ control stream: runs of literals and back references (13-bit near or 16-bit far
    /// distances), until <paramref name="pixels"/> is full. Returns the position after the pass.
    /// </summary>
    private static int Run<TMode>(ReadOnlySpan<byte> src, int pos, Span<uint> pixels, TMode mode)
        where TMode : struct, IUnitMode
    {
        int scale = mode.Scale;
        int op = 0;
        int limit = pixels.Length;
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        ref uint d0 = ref MemoryMarshal.GetReference(pixels);
        while (op < limit)
        {
            int ctrl = LzControl.Next(src, ref pos, Format);
            if (ctrl < LzFormat.MaxCopy)
            {
                int units = ctrl + 1;
                int bytes = units * mode.LiteralBytes;
                LzControl.CheckLiterals(src, pos, units, bytes, (limit - op) / scale, Format);

                mode.Literals(ref Unsafe.Add(ref s0, pos), ref Unsafe.Add(ref d0, op), units);
                pos += bytes;
                op += units * scale;
                continue;
            }

            int len = (ctrl >> 5) - 1;
            int ofs = (ctrl & 31) << 8;
            if (len == 6)
            {
                len = LzControl.ExtendLength(src, ref pos, len, limit, Format);
            }

            int low = LzControl.Next(src, ref pos, Format);
            ofs += low;
            if (low == 255 && ofs == (31 << 8) + 255)
            {
                ofs = (LzControl.Next(src, ref pos, Format) << 8) + LzControl.Next(src, ref pos, Format) + LzFormat.MaxNearDistance;
            }

            len = (len + 1 + mode.LengthBias) * scale;
            ofs = (ofs + 1) * scale;
            if (ofs > op)
            {
                throw new CodecException("LZ reference reaches before the image start");
            }

            if (len > limit - op)
            {
                throw LzControl.Overrun(Format);
            }

            LzCopy.Within(pixels, op - ofs, op, len, mode.AlphaOnly);
            op += len;
        }

        return pos;
    }
}
