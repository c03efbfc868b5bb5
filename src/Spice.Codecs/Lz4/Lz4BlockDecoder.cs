using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    /// <summary>
    /// Room the fast path needs before a sequence: with this much input left after the token, a literal run of up
    /// to 14 moves as one 16-byte vector and is followed by its 2-byte offset and more input; with this much
    /// output left, the literals plus a match of up to 18 bytes fit as two 16-byte stores.
    /// </summary>
    private const int FastRoom = 32;

    /// <summary>
    /// Decodes <paramref name="block"/> into <paramref name="output"/> from <paramref name="written"/> on; matches may
    /// reach back into everything before. Returns the number of bytes produced.
    /// </summary>
    /// <remarks>
    /// Each sequence is validated once, up front: its literal count against the input and output left, its offset
    /// against the output before it, its match length against the output left. Short sequences far from both ends
    /// then copy with whole vectors that may run up to 31 bytes past their end (still inside both buffers, and
    /// overwritten by what follows); near the ends every copy is exact.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe int Decode(ReadOnlySpan<byte> block, Span<byte> output, int written)
    {
        if (block.IsEmpty || (uint)written > (uint)output.Length)
        {
            throw Corrupt();
        }

        fixed (byte* src = block)
        fixed (byte* dst = output)
        fixed (byte* periods = Periods)
        fixed (byte* steps = Steps)
        {
            byte* ip = src;
            byte* iend = src + block.Length;
            byte* op = dst + written;
            byte* oend = dst + output.Length;
            while (true)
            {
                // ip < iend here: the block is not empty, and every match is followed by more input.
                uint token = *ip++;

                // Literals.
                nuint lit = token >> 4;
                if (lit != 15 && iend - ip >= FastRoom && oend - op >= FastRoom)
                {
                    // At most 14 literals, with at least 18 bytes of input after them: never the last sequence.
                    Vector128.Store(Vector128.Load(ip), op);
                    ip += lit;
                    op += lit;
                }
                else
                {
                    if (lit == 15)
                    {
                        lit += ReadLength(ref ip, iend);
                    }

                    if (lit > (nuint)(iend - ip) || lit > (nuint)(oend - op))
                    {
                        throw Corrupt();
                    }

                    if (lit <= 64 && iend - ip >= 96 && oend - op >= 96)
                    {
                        // The common medium run: a fixed 64 bytes, no loop to mispredict.
                        Vector256.Store(Vector256.Load(ip), op);
                        Vector256.Store(Vector256.Load(ip + 32), op + 32);
                    }
                    else if ((nuint)(iend - ip) >= lit + 32 && (nuint)(oend - op) >= lit + 32)
                    {
                        WildCopy32(ip, op, lit);
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

                    if (iend - ip < 2)
                    {
                        throw Corrupt();
                    }
                }

                // Match: offset 0 wraps to the largest value, so one compare rejects it and any offset before the buffer.
                nuint offset = Unsafe.ReadUnaligned<ushort>(ip);
                if (!BitConverter.IsLittleEndian)
                {
                    offset = (nuint)(ip[0] | (ip[1] << 8));
                }

                ip += 2;
                if (offset - 1 >= (nuint)(op - dst))
                {
                    throw Corrupt();
                }

                byte* match = op - offset;
                nuint len = token & 15;
                if (len != 15 && oend - op >= FastRoom)
                {
                    // At most 18 bytes: two 16-byte stores.
                    if (offset >= 16)
                    {
                        Vector128.Store(Vector128.Load(match), op);
                        Vector128.Store(Vector128.Load(match + 16), op + 16);
                        op += len + 4;
                        if (ip >= iend)
                        {
                            throw Corrupt();
                        }

                        continue;
                    }

                    if (Ssse3.IsSupported)
                    {
                        // A period under 16: one vector of the pattern, stored at multiples of the period.
                        Vector128<byte> pattern = Ssse3.Shuffle(Vector128.Load(match), Vector128.Load(periods + offset * 16));
                        Vector128.Store(pattern, op);
                        Vector128.Store(pattern, op + steps[offset]);
                        op += len + 4;
                        if (ip >= iend)
                        {
                            throw Corrupt();
                        }

                        continue;
                    }
                }

                if (len == 15)
                {
                    len += ReadLength(ref ip, iend);
                }

                len += 4;
                if (len > (nuint)(oend - op))
                {
                    throw Corrupt();
                }

                byte* end = op + len;
                if (len <= 64 && offset >= 32 && oend - op >= 64)
                {
                    // The common medium match: a fixed 64 bytes, no loop to mispredict; the second load starts
                    // 32 bytes on, so at least 32 behind the first store's start.
                    Vector256.Store(Vector256.Load(match), op);
                    Vector256.Store(Vector256.Load(match + 32), op + 32);
                }
                else if (offset >= 32 && (nuint)(oend - op) >= len + 64)
                {
                    // Each 32-byte load lies at least 32 bytes behind its store, so was written already.
                    WildCopy64(match, op, len);
                }
                else if (offset >= 32 && (nuint)(oend - op) >= len + 32)
                {
                    WildCopy32(match, op, len);
                }
                else if (offset >= 16 && (nuint)(oend - op) >= len + 16)
                {
                    WildCopy16(match, op, len);
                }
                else if (offset < 16 && Ssse3.IsSupported && (nuint)(oend - op) >= len + 16)
                {
                    // The bytes repeat every offset, so also every multiple of it: one vector of the pattern
                    // (the load may read past op, inside the buffer; those lanes are not used), stored every step.
                    Vector128<byte> pattern = Ssse3.Shuffle(Vector128.Load(match), Vector128.Load(periods + offset * 16));
                    nuint step = steps[offset];
                    for (byte* o = op; o < end; o += step)
                    {
                        Vector128.Store(pattern, o);
                    }
                }
                else if (offset >= len)
                {
                    Buffer.MemoryCopy(match, op, len, len);
                }
                else
                {
                    // Overlapping, near the end of the output: byte by byte.
                    for (byte* o = op; o < end; o++)
                    {
                        *o = *(o - offset);
                    }
                }

                op = end;
                if (ip >= iend)
                {
                    // A block must end with a literal sequence (possibly empty).
                    throw Corrupt();
                }
            }
        }
    }

    /// <summary>
    /// Shuffle indices per period p (1 to 15; row 0 unused): lane i takes byte i mod p, so one shuffle of the 16 bytes
    /// at the match start gives 16 bytes of the repeating pattern.
    /// </summary>
    private static ReadOnlySpan<byte> Periods =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0,
        0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
        0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0,
        0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3,
        0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,
        0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 1, 2,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 0, 1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0,
    ];

    /// <summary>Per period p (1 to 15), the largest multiple of p up to 16: how far one pattern vector reaches.</summary>
    private static ReadOnlySpan<byte> Steps => [0, 16, 16, 15, 16, 15, 12, 14, 16, 9, 10, 11, 12, 13, 14, 15];

    /// <summary>Copies in 16-byte steps, so may write up to 15 bytes past <paramref name="length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void WildCopy16(byte* from, byte* to, nuint length)
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

    /// <summary>
    /// Copies in 64-byte steps of two 32-byte moves, each load before its own store, so may write up to 63 bytes
    /// past <paramref name="length"/>; overlapping copies need the source at least 32 bytes behind.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void WildCopy64(byte* from, byte* to, nuint length)
    {
        byte* end = to + length;
        do
        {
            Vector256.Store(Vector256.Load(from), to);
            Vector256.Store(Vector256.Load(from + 32), to + 32);
            from += 64;
            to += 64;
        }
        while (to < end);
    }

    /// <summary>Copies in 32-byte steps, so may write up to 31 bytes past <paramref name="length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void WildCopy32(byte* from, byte* to, nuint length)
    {
        byte* end = to + length;
        do
        {
            Vector256.Store(Vector256.Load(from), to);
            from += 32;
            to += 32;
        }
        while (to < end);
    }

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
