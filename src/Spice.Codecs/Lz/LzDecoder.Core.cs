using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

public static partial class LzDecoder
{
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
            int ctrl = Next(src, ref pos);
            if (ctrl < LzFormat.MaxCopy)
            {
                int units = ctrl + 1;
                int bytes = units * mode.LiteralBytes;
                if (src.Length - pos < bytes)
                {
                    throw Truncated();
                }

                if ((limit - op) / scale < units)
                {
                    throw new CodecException("LZ literal run overruns the image");
                }

                mode.Literals(ref Unsafe.Add(ref s0, pos), ref Unsafe.Add(ref d0, op), units);
                pos += bytes;
                op += units * scale;
                continue;
            }

            int len = (ctrl >> 5) - 1;
            int ofs = (ctrl & 31) << 8;
            if (len == 6)
            {
                int code;
                do
                {
                    code = Next(src, ref pos);
                    len += code;
                    if (len > limit)
                    {
                        throw Overrun();
                    }
                }
                while (code == 255);
            }

            int low = Next(src, ref pos);
            ofs += low;
            if (low == 255 && ofs == (31 << 8) + 255)
            {
                ofs = (Next(src, ref pos) << 8) + Next(src, ref pos) + LzFormat.MaxNearDistance;
            }

            len = (len + 1 + mode.LengthBias) * scale;
            ofs = (ofs + 1) * scale;
            if (ofs > op)
            {
                throw new CodecException("LZ reference reaches before the image start");
            }

            if (len > limit - op)
            {
                throw Overrun();
            }

            LzCopy.Within(pixels, op - ofs, op, len, mode.AlphaOnly);
            op += len;
        }

        return pos;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Next(ReadOnlySpan<byte> src, ref int pos)
    {
        if ((uint)pos >= (uint)src.Length)
        {
            throw Truncated();
        }

        return src[pos++];
    }

    private static CodecException Truncated() => new("LZ stream is truncated");

    private static CodecException Overrun() => new("LZ match overruns the image");
}
