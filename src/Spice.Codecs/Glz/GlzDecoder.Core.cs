using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

public static partial class GlzDecoder
{
    /// <summary>
    /// One pass of the GLZ control stream. A match carries a length, a pixel offset of up to 25 bits and an
    /// image distance: zero means a back reference inside this image (offset biased by one), otherwise the
    /// offset counts from the start of the image that many ids back.
    /// </summary>
    private static int Run<TMode>(ReadOnlySpan<byte> src, int pos, Span<uint> pixels, TMode mode, uint fill, ref WindowReader refs)
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
                    throw new CodecException("GLZ literal run overruns the image");
                }

                mode.Literals(ref Unsafe.Add(ref s0, pos), ref Unsafe.Add(ref d0, op), units);
                pos += bytes;
                op += units * scale;
                continue;
            }

            int len = ctrl >> 5;
            bool longOffset = (ctrl & 0x10) != 0;
            int pixelOffset = ctrl & 0x0F;
            if (len == 7)
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

            pixelOffset += Next(src, ref pos) << 4;
            int flags = Next(src, ref pos);
            int extra = flags >> 6;
            uint imageDistance;
            if (!longOffset)
            {
                imageDistance = (uint)(flags & 0x3F);
                for (int i = 0; i < extra; i++)
                {
                    imageDistance += (uint)Next(src, ref pos) << (6 + (8 * i));
                }
            }
            else
            {
                pixelOffset += (flags & 0x1F) << 12;
                imageDistance = 0;
                for (int i = 0; i < extra; i++)
                {
                    imageDistance += (uint)Next(src, ref pos) << (8 * i);
                }

                if ((flags & 0x20) != 0)
                {
                    pixelOffset += Next(src, ref pos) << 17;
                }
            }

            len = (len + mode.LengthBias) * scale;
            if (len > limit - op)
            {
                throw Overrun();
            }

            if (imageDistance == 0)
            {
                int distance = (pixelOffset + 1) * scale;
                if (distance > op)
                {
                    throw new CodecException("GLZ reference reaches before the image start");
                }

                LzCopy.Within(pixels, op - distance, op, len, mode.AlphaOnly);
            }
            else
            {
                LzCopy.Across(refs.Get(imageDistance, pixelOffset * scale, len), pixels.Slice(op, len), mode.AlphaOnly, fill);
            }

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

    private static CodecException Truncated() => new("GLZ stream is truncated");

    private static CodecException Overrun() => new("GLZ match overruns the image");
}
