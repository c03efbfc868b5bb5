using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

public static partial class LzEncoder
{
    private const int HashBits = 16;

    /// <summary>
    /// One greedy pass: a hash of three pixels finds the latest earlier position with the same start, the match
    /// is extended as far as it goes, and everything else goes out as literal runs of up to 32.
    /// </summary>
    private static int Compress<TMode>(ReadOnlySpan<uint> pixels, Span<byte> dst, int o, int[] table, TMode mode)
        where TMode : struct, IEncodeMode
    {
        int n = pixels.Length;
        uint mask = mode.Mask;
        ref uint p0 = ref MemoryMarshal.GetReference(pixels);
        ref int t0 = ref MemoryMarshal.GetArrayDataReference(table);
        int ip = 0;
        int literalStart = 0;
        while (ip + 3 <= n)
        {
            ref int slot = ref Unsafe.Add(ref t0, (int)mode.Hash(ref Unsafe.Add(ref p0, ip), HashBits));
            int candidate = slot - 1;
            slot = ip + 1;
            int distance = ip - candidate;
            if (candidate >= 0 && distance <= LzFormat.MaxFarDistance
                && ((Unsafe.Add(ref p0, candidate) ^ Unsafe.Add(ref p0, ip)) & mask) == 0)
            {
                int len = MatchLength(ref p0, candidate, ip, n - ip, mask);
                // Far matches take two more bytes; they must beat the literals they replace.
                int minimum = distance - 1 >= LzFormat.MaxNearDistance ? 5 : 3;
                if (len >= minimum)
                {
                    o = Literals(pixels, literalStart, ip, dst, o, mode);
                    o = WriteMatch(dst, o, len - 1 - mode.LengthBias, distance - 1);
                    ip += len;
                    literalStart = ip;
                    for (int k = ip - 2; k < ip && k + 3 <= n; k++)
                    {
                        Unsafe.Add(ref t0, (int)mode.Hash(ref Unsafe.Add(ref p0, k), HashBits)) = k + 1;
                    }

                    continue;
                }
            }

            ip++;
        }

        return Literals(pixels, literalStart, n, dst, o, mode);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int MatchLength(ref uint p0, int from, int at, int max, uint mask)
    {
        int len = 1;
        while (len < max && ((Unsafe.Add(ref p0, from + len) ^ Unsafe.Add(ref p0, at + len)) & mask) == 0)
        {
            len++;
        }

        return len;
    }

    internal static int Literals<TMode>(ReadOnlySpan<uint> pixels, int start, int end, Span<byte> dst, int o, TMode mode)
        where TMode : struct, IEncodeMode
    {
        ref byte d0 = ref MemoryMarshal.GetReference(dst);
        while (start < end)
        {
            int k = Math.Min(LzFormat.MaxCopy, end - start);
            dst[o++] = (byte)(k - 1);
            for (int i = 0; i < k; i++)
            {
                mode.WriteLiteral(pixels[start + i], ref Unsafe.Add(ref d0, o));
                o += mode.LiteralBytes;
            }

            start += k;
        }

        return o;
    }

    /// <summary>Writes an LZ match: <paramref name="lengthCode"/> = length - 1 - bias, distance biased by one.</summary>
    private static int WriteMatch(Span<byte> dst, int o, int lengthCode, int biasedDistance)
    {
        bool far = biasedDistance >= LzFormat.MaxNearDistance;
        int high = far ? 31 : biasedDistance >> 8;
        int field = lengthCode + 1;
        if (field < 7)
        {
            dst[o++] = (byte)((field << 5) | high);
        }
        else
        {
            dst[o++] = (byte)((7 << 5) | high);
            int rest = field - 7;
            for (; rest >= 255; rest -= 255)
            {
                dst[o++] = 255;
            }

            dst[o++] = (byte)rest;
        }

        if (far)
        {
            int d = biasedDistance - LzFormat.MaxNearDistance;
            dst[o++] = 255;
            dst[o++] = (byte)(d >> 8);
            dst[o++] = (byte)d;
        }
        else
        {
            dst[o++] = (byte)biasedDistance;
        }

        return o;
    }
}
