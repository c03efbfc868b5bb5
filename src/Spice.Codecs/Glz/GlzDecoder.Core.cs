using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

public static partial class GlzDecoder
{
    private const string Format = "GLZ";

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
            int ctrl = LzControl.Next(src, ref pos, Format);
            if (ctrl >= LzFormat.MaxCopy && ctrl < 7 << 5 && src.Length - pos >= MaxMatchTail)
            {
                // A match without length bytes, whose at most 6 remaining bytes are all in the stream: read them
                // unchecked.
                op = ShortMatch(ref s0, ref pos, ctrl, pixels, op, mode, fill, ref refs);
                continue;
            }

            if (ctrl < LzFormat.MaxCopy)
            {
                int units = ctrl + 1;
                int bytes = units * mode.LiteralBytes;
                LzControl.CheckLiterals(src, pos, units, bytes, (limit - op) / scale, Format);

                if (typeof(TMode) == typeof(RgbMode) && Ssse3.IsSupported)
                {
                    ExpandRgb(ref Unsafe.Add(ref s0, pos), ref Unsafe.Add(ref d0, op), units, src.Length - pos, fill);
                }
                else
                {
                    mode.Literals(ref Unsafe.Add(ref s0, pos), ref Unsafe.Add(ref d0, op), units);
                }

                pos += bytes;
                op += units * scale;
                continue;
            }

            int len = ctrl >> 5;
            bool longOffset = (ctrl & 0x10) != 0;
            int pixelOffset = ctrl & 0x0F;
            if (len == 7)
            {
                len = LzControl.ExtendLength(src, ref pos, len, limit, Format);
            }

            pixelOffset += LzControl.Next(src, ref pos, Format) << 4;
            int flags = LzControl.Next(src, ref pos, Format);
            int extra = flags >> 6;
            uint imageDistance;
            if (!longOffset)
            {
                imageDistance = (uint)(flags & 0x3F);
                for (int i = 0; i < extra; i++)
                {
                    imageDistance += (uint)LzControl.Next(src, ref pos, Format) << (6 + (8 * i));
                }
            }
            else
            {
                pixelOffset += (flags & 0x1F) << 12;
                imageDistance = 0;
                for (int i = 0; i < extra; i++)
                {
                    imageDistance += (uint)LzControl.Next(src, ref pos, Format) << (8 * i);
                }

                if ((flags & 0x20) != 0)
                {
                    pixelOffset += LzControl.Next(src, ref pos, Format) << 17;
                }
            }

            len = (len + mode.LengthBias) * scale;
            if (len > limit - op)
            {
                throw LzControl.Overrun(Format);
            }

            if (imageDistance == 0)
            {
                int distance = (pixelOffset + 1) * scale;
                if (distance > op)
                {
                    throw new CodecException("GLZ reference reaches before the image start");
                }

                CopyWithin(pixels, op - distance, op, len, mode.AlphaOnly);
            }
            else
            {
                LzCopy.Across(refs.Get(imageDistance, pixelOffset * scale, len), pixels.Slice(op, len), mode.AlphaOnly, fill);
            }

            op += len;
        }

        return pos;
    }

    /// <summary>Most bytes a match without length bytes has after its control byte.</summary>
    private const int MaxMatchTail = 6;

    /// <summary>
    /// A match whose control byte has a length under 7 (no length bytes); the caller checked that
    /// <see cref="MaxMatchTail"/> stream bytes follow, so its offset, flags and extra bytes are read unchecked.
    /// The same decoding as the checked path in <see cref="Run"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortMatch<TMode>(ref byte s0, ref int pos, int ctrl, Span<uint> pixels, int op, TMode mode,
        uint fill, ref WindowReader refs)
        where TMode : struct, IUnitMode
    {
        int scale = mode.Scale;
        ref byte p = ref Unsafe.Add(ref s0, pos);
        int pixelOffset = (ctrl & 0x0F) + (p << 4);
        int flags = Unsafe.Add(ref p, 1);
        int extra = flags >> 6;
        int used = 2 + extra;
        uint imageDistance;
        if ((ctrl & 0x10) == 0)
        {
            imageDistance = (uint)(flags & 0x3F);
            for (int i = 0; i < extra; i++)
            {
                imageDistance += (uint)Unsafe.Add(ref p, 2 + i) << (6 + (8 * i));
            }
        }
        else
        {
            pixelOffset += (flags & 0x1F) << 12;
            imageDistance = 0;
            for (int i = 0; i < extra; i++)
            {
                imageDistance += (uint)Unsafe.Add(ref p, 2 + i) << (8 * i);
            }

            if ((flags & 0x20) != 0)
            {
                pixelOffset += Unsafe.Add(ref p, used) << 17;
                used++;
            }
        }

        pos += used;
        int len = ((ctrl >> 5) + mode.LengthBias) * scale;
        if (len > pixels.Length - op)
        {
            throw LzControl.Overrun(Format);
        }

        if (imageDistance == 0)
        {
            int distance = (pixelOffset + 1) * scale;
            if (distance > op)
            {
                throw new CodecException("GLZ reference reaches before the image start");
            }

            CopyWithin(pixels, op - distance, op, len, mode.AlphaOnly);
        }
        else
        {
            LzCopy.Across(refs.Get(imageDistance, pixelOffset * scale, len), pixels.Slice(op, len), mode.AlphaOnly, fill);
        }

        return op + len;
    }

    /// <summary>
    /// A match inside the image, already validated (<paramref name="from"/> &gt;= 0, the run ends inside
    /// <paramref name="pixels"/>). Away from the end, runs at least 8 pixels back move 8 pixels per 32-byte
    /// vector (each load was written already; the last store may run up to 7 pixels past, later overwritten);
    /// runs of one pixel fill. Otherwise as <see cref="LzCopy.Within"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyWithin(Span<uint> pixels, int from, int to, int length, bool alphaOnly)
    {
        int distance = to - from;
        if (!alphaOnly && distance >= 8 && pixels.Length - to - length >= 8)
        {
            ref byte b = ref Unsafe.As<uint, byte>(ref MemoryMarshal.GetReference(pixels));
            ref byte s = ref Unsafe.Add(ref b, (nint)from * 4);
            ref byte d = ref Unsafe.Add(ref b, (nint)to * 4);
            nuint bytes = (nuint)length * 4;
            nuint i = 0;
            do
            {
                Vector256.LoadUnsafe(ref s, i).StoreUnsafe(ref d, i);
                i += 32;
            }
            while (i < bytes);
        }
        else if (!alphaOnly && distance == 1 && pixels.Length - to - length >= 8)
        {
            ref byte d = ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(pixels), to));
            var pixel = Vector256.Create(pixels[from]).AsByte();
            nuint bytes = (nuint)length * 4;
            nuint i = 0;
            do
            {
                pixel.StoreUnsafe(ref d, i);
                i += 32;
            }
            while (i < bytes);
        }
        else
        {
            LzCopy.Within(pixels, from, to, length, alphaOnly);
        }
    }

    /// <summary>
    /// Expands <paramref name="units"/> B,G,R literals (validated: they lie in the stream and the run fits the image)
    /// to B,G,R,A pixels with <paramref name="fill"/> ORed in, four at a time with one shuffle each. A group's
    /// 16-byte load reads 4 bytes past its 12, so groups run only while <paramref name="available"/> stream bytes
    /// cover that; the rest go one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ExpandRgb(ref byte src, ref uint dst, int units, int available, uint fill)
    {
        int i = 0;
        int groups = Math.Min(units, (available - 4) / 3) & ~3;
        if (groups > 0)
        {
            var spread = Vector128.Create((byte)0, 1, 2, 0x80, 3, 4, 5, 0x80, 6, 7, 8, 0x80, 9, 10, 11, 0x80);
            var alpha = Vector128.Create(fill).AsByte();
            ref byte d = ref Unsafe.As<uint, byte>(ref dst);
            for (; i < groups; i += 4)
            {
                Vector128<byte> bgr = Vector128.LoadUnsafe(ref src, (nuint)(i * 3));
                (Ssse3.Shuffle(bgr, spread) | alpha).StoreUnsafe(ref d, (nuint)(i * 4));
            }
        }

        for (; i < units; i++)
        {
            ref byte p = ref Unsafe.Add(ref src, i * 3);
            Unsafe.Add(ref dst, i) = p | ((uint)Unsafe.Add(ref p, 1) << 8) | ((uint)Unsafe.Add(ref p, 2) << 16) | fill;
        }
    }
}
