using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

/// <summary>Match copying and row output shared by the LZ and GLZ decoders.</summary>
internal static class LzCopy
{
    /// <summary>
    /// Copies <paramref name="length"/> pixels from <paramref name="from"/> to <paramref name="to"/> inside one
    /// buffer, front to back, so overlapping references repeat their pattern as the format requires.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Within(Span<uint> buffer, int from, int to, int length, bool alphaOnly)
    {
        if (alphaOnly)
        {
            MergeAlpha(buffer.Slice(from, length), buffer.Slice(to, length));
        }
        else if (to - from >= length)
        {
            buffer.Slice(from, length).CopyTo(buffer.Slice(to, length));
        }
        else if (to - from == 1)
        {
            buffer.Slice(to, length).Fill(buffer[from]);
        }
        else
        {
            ref uint b = ref MemoryMarshal.GetReference(buffer);
            for (int i = 0; i < length; i++)
            {
                Unsafe.Add(ref b, to + i) = Unsafe.Add(ref b, from + i);
            }
        }
    }

    /// <summary>Copies from another image's pixels (never overlapping), ORing <paramref name="fill"/> in.</summary>
    public static void Across(ReadOnlySpan<uint> source, Span<uint> destination, bool alphaOnly, uint fill = 0)
    {
        if (alphaOnly)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = (destination[i] & 0x00FFFFFF) | (source[i] & 0xFF000000);
            }
        }
        else if (fill != 0)
        {
            OrAlpha(source, destination, fill);
        }
        else
        {
            source.CopyTo(destination);
        }
    }

    private static void MergeAlpha(Span<uint> source, Span<uint> destination)
    {
        // Walking forward keeps run semantics when the spans overlap (distance < length).
        ref uint s = ref MemoryMarshal.GetReference(source);
        ref uint d = ref MemoryMarshal.GetReference(destination);
        for (int i = 0; i < destination.Length; i++)
        {
            ref uint p = ref Unsafe.Add(ref d, i);
            p = (p & 0x00FFFFFF) | (Unsafe.Add(ref s, i) & 0xFF000000);
        }
    }

    /// <summary>
    /// Writes decoded rows (gross width, in stream order) into a top-down B,G,R,A destination, cropping the
    /// padding pixels of palette rows, flipping bottom-up images and ORing <paramref name="alpha"/> in.
    /// </summary>
    public static void ToDestination(ReadOnlySpan<uint> pixels, int grossWidth, int width, int height, bool topDown,
        uint alpha, Span<byte> destination, int destinationStride)
    {
        for (int y = 0; y < height; y++)
        {
            ReadOnlySpan<uint> row = pixels.Slice(y * grossWidth, width);
            int outRow = topDown ? y : height - 1 - y;
            Span<uint> dst = MemoryMarshal.Cast<byte, uint>(destination.Slice(outRow * destinationStride, width * 4));
            if (alpha == 0)
            {
                row.CopyTo(dst);
            }
            else
            {
                OrAlpha(row, dst, alpha);
            }
        }
    }

    private static void OrAlpha(ReadOnlySpan<uint> row, Span<uint> dst, uint alpha)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && row.Length >= System.Numerics.Vector<uint>.Count)
        {
            var a = new System.Numerics.Vector<uint>(alpha);
            int step = System.Numerics.Vector<uint>.Count;
            for (; i <= row.Length - step; i += step)
            {
                (new System.Numerics.Vector<uint>(row[i..]) | a).CopyTo(dst[i..]);
            }
        }

        for (; i < row.Length; i++)
        {
            dst[i] = row[i] | alpha;
        }
    }
}
