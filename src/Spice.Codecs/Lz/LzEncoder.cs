using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

/// <summary>
/// Encoder of spice-common's LZ format for 32-bit images (RGB32, RGBA with its alpha pass, and XXXA: the
/// alpha pass alone, as JPEG_ALPHA carries it), producing
/// streams that spice-gtk's lz_decode accepts. Rows are written top-down.
/// </summary>
public static partial class LzEncoder
{
    /// <summary>Encodes B,G,R,A rows (top row first). RGB32 ignores the A bytes, XXXA keeps only them.</summary>
    /// <returns>Number of bytes written to <paramref name="output"/>.</returns>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, LzImageType type,
        IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (type is not (LzImageType.Rgb32 or LzImageType.Rgba or LzImageType.Xxxa))
        {
            throw new ArgumentException($"LZ encoding of {type} is not supported", nameof(type));
        }

        CheckSource(bgra, width, height, stride);
        int count = width * height;
        bool colour = type != LzImageType.Xxxa;
        bool alpha = type != LzImageType.Rgb32;
        int bound = LzFormat.LzHeaderSize + (colour ? WorstCase(count, 3) : 0) + (alpha ? WorstCase(count, 1) : 0);
        Span<byte> dst = output.GetSpan(bound);
        WriteHeader(dst, type, width, height, width * 4);
        uint[]? rentedPixels = null;
        int[] table = ArrayPool<int>.Shared.Rent(1 << HashBits);
        try
        {
            ReadOnlySpan<uint> pixels = Contiguous(bgra, width, height, stride, ref rentedPixels);
            int o = LzFormat.LzHeaderSize;
            if (colour)
            {
                Array.Clear(table, 0, 1 << HashBits);
                o = Compress(pixels, dst, o, table, default(RgbEncodeMode));
            }

            if (alpha)
            {
                Array.Clear(table, 0, 1 << HashBits);
                o = Compress(pixels, dst, o, table, default(AlphaEncodeMode));
            }

            output.Advance(o);
            return o;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            if (rentedPixels != null)
            {
                ArrayPool<uint>.Shared.Return(rentedPixels);
            }
        }
    }

    internal static void CheckSource(ReadOnlySpan<byte> bgra, int width, int height, int stride)
    {
        PixelLimits.Check(width, height);
        if (stride < width * 4 || (long)stride * (height - 1) + (width * 4L) > bgra.Length)
        {
            throw new ArgumentException("source is smaller than width, height and stride describe", nameof(bgra));
        }
    }

    /// <summary>Largest output of one pass: every unit literal, one control byte per 32, plus slack.</summary>
    internal static int WorstCase(int units, int literalBytes) => (units * literalBytes) + (units / 32) + 8;

    /// <summary>The pixels as one contiguous run, copying rows only when the stride has padding.</summary>
    internal static ReadOnlySpan<uint> Contiguous(ReadOnlySpan<byte> bgra, int width, int height, int stride,
        ref uint[]? rented)
    {
        int count = width * height;
        if (stride == width * 4)
        {
            return MemoryMarshal.Cast<byte, uint>(bgra[..(count * 4)]);
        }

        rented = ArrayPool<uint>.Shared.Rent(count);
        for (int y = 0; y < height; y++)
        {
            MemoryMarshal.Cast<byte, uint>(bgra.Slice(y * stride, width * 4)).CopyTo(rented.AsSpan(y * width));
        }

        return rented.AsSpan(0, count);
    }

    private static void WriteHeader(Span<byte> dst, LzImageType type, int width, int height, int stride)
    {
        BinaryPrimitives.WriteUInt32BigEndian(dst, LzFormat.Magic);
        BinaryPrimitives.WriteUInt32BigEndian(dst[4..], LzFormat.Version);
        BinaryPrimitives.WriteUInt32BigEndian(dst[8..], (uint)type);
        BinaryPrimitives.WriteUInt32BigEndian(dst[12..], (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(dst[16..], (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(dst[20..], (uint)stride);
        BinaryPrimitives.WriteUInt32BigEndian(dst[24..], 1);
    }
}
