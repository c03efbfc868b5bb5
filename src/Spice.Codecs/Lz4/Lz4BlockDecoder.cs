using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Spice.Codecs.Lz4;

/// <summary>
/// Decoder of one LZ4 block (the LZ4 block format: sequences of a token whose high nibble is the literal count
/// and low nibble the match length minus 4, each 15 extended by bytes of 255 and a final byte, the literals,
/// then a little-endian 16-bit match offset; the last sequence is literals only), written for SPICE's chained
/// blocks: the block decodes at <c>written</c> into the one buffer that holds the whole image, so its history is
/// simply the output before it, with no dictionary to pass or copy. Every read and write is checked against
/// the block and the buffer before it happens; a corrupt block is a <see cref="CodecException"/>.
/// </summary>
internal static class Lz4BlockDecoder
{
    /// <summary>Output and input slack that lets a short copy move 16 or 32 bytes at once.</summary>
    private const int Wild = 32;

    /// <summary>
    /// Decodes <paramref name="block"/> into <paramref name="output"/> from <paramref name="written"/> on; matches may
    /// reach back into everything before. Returns the number of bytes produced.
    /// </summary>
    public static unsafe int Decode(ReadOnlySpan<byte> block, Span<byte> output, int written)
    {
        if (block.IsEmpty || (uint)written > (uint)output.Length)
        {
            throw Corrupt();
        }

        fixed (byte* src = block)
        fixed (byte* dst = output)
        {
            byte* ip = src;
            byte* iend = src + block.Length;
            byte* op = dst + written;
            byte* oend = dst + output.Length;
            while (true)
            {
                uint token = *ip++;

                // Literals.
                nuint lit = token >> 4;
                if (lit == 15)
                {
                    lit += ReadLength(ref ip, iend);
                }

                if (lit > (nuint)(iend - ip) || lit > (nuint)(oend - op))
                {
                    throw Corrupt();
                }

                if (lit <= 16 && iend - ip >= 16 && oend - op >= 16)
                {
                    Vector128.Store(Vector128.Load(ip), op);
                }
                else if ((nuint)(iend - ip) >= lit + 16 && (nuint)(oend - op) >= lit + 16)
                {
                    WildCopy(ip, op, lit);
                }
                else
                {
                    Buffer.MemoryCopy(ip, op, lit, lit);
                }

                ip += lit;
                op += lit;
                if (ip == iend)
                {
                    // The last sequence ends with its literals.
                    return (int)(op - (dst + written));
                }

                // Match.
                if (iend - ip < 2)
                {
                    throw Corrupt();
                }

                nuint offset = (nuint)(ip[0] | (ip[1] << 8));
                ip += 2;
                if (offset == 0 || offset > (nuint)(op - dst))
                {
                    throw Corrupt();
                }

                nuint len = token & 15;
                if (len == 15)
                {
                    len += ReadLength(ref ip, iend);
                }

                len += 4;
                if (len > (nuint)(oend - op))
                {
                    throw Corrupt();
                }

                byte* match = op - offset;
                byte* end = op + len;
                if (offset >= 16 && len <= Wild && oend - op >= Wild)
                {
                    Vector128.Store(Vector128.Load(match), op);
                    Vector128.Store(Vector128.Load(match + 16), op + 16);
                }
                else if (offset >= 16 && (nuint)(oend - op) >= len + 16)
                {
                    // 16 bytes at a time: each load lies at least 16 bytes behind, so was written already.
                    WildCopy(match, op, len);
                }
                else if (offset >= len)
                {
                    Buffer.MemoryCopy(match, op, len, len);
                }
                else if ((offset & (offset - 1)) == 0 && offset <= 16 && (nuint)(oend - op) >= len + 16)
                {
                    // A period of 1, 2, 4 (one 32bpp pixel), 8 or 16 bytes: one 16-byte pattern stored repeatedly.
                    Vector128<byte> pattern = Pattern(match, offset);
                    for (byte* o = op; o < end; o += 16)
                    {
                        Vector128.Store(pattern, o);
                    }
                }
                else
                {
                    // Overlapping: the bytes repeat every offset, so also every multiple of it. Copy the first few
                    // one by one, then 16 at a time from a multiple of offset of at least 16 bytes back, which
                    // this copy has already written.
                    nuint step = offset >= 16 ? offset : offset * ((15 + offset) / offset);
                    byte* o = op;
                    byte* head = op + Math.Min(step - offset, len);
                    while (o < head)
                    {
                        *o = *(o - offset);
                        o++;
                    }

                    for (; end - o >= 16; o += 16)
                    {
                        Vector128.Store(Vector128.Load(o - step), o);
                    }

                    while (o < end)
                    {
                        *o = *(o - step);
                        o++;
                    }
                }

                op = end;
                if (ip == iend)
                {
                    // A block must end with a literal sequence (possibly empty).
                    throw Corrupt();
                }
            }
        }
    }

    /// <summary>Copies in 16-byte steps, so may write up to 15 bytes past <paramref name="length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void WildCopy(byte* from, byte* to, nuint length)
    {
        byte* end = to + length;
        do
        {
            Vector128.Store(Vector128.Load(from), to);
            from += 16;
            to += 16;
        }
        while (to < end);
    }

    /// <summary>16 bytes repeating the <paramref name="period"/> bytes at <paramref name="at"/> (period 1, 2, 4, 8 or 16).</summary>
    private static unsafe Vector128<byte> Pattern(byte* at, nuint period) => period switch
    {
        1 => Vector128.Create(*at),
        2 => Vector128.Create(Unsafe.ReadUnaligned<ushort>(at)).AsByte(),
        4 => Vector128.Create(Unsafe.ReadUnaligned<uint>(at)).AsByte(),
        8 => Vector128.Create(Unsafe.ReadUnaligned<ulong>(at)).AsByte(),
        _ => Vector128.Load(at),
    };

    /// <summary>The bytes of a 15-extended length: each 255 continues, the first other byte ends it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe nuint ReadLength(ref byte* ip, byte* iend)
    {
        nuint sum = 0;
        uint b;
        do
        {
            if (ip >= iend)
            {
                throw Corrupt();
            }

            b = *ip++;
            sum += b;
        }
        while (b == 255);

        return sum;
    }

    private static CodecException Corrupt() => new("LZ4 image block is corrupt");
}
