using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spice.Codecs.Pixels;

/// <summary>
/// Row and image conversions between 32bpp B,G,R,A and the other SPICE layouts.
/// Row methods take exactly sized spans and trust their caller; image methods check every size.
/// </summary>
public static class PixelConvert
{
    private const uint OpaqueAlpha = 0xFF000000;

    /// <summary>Copies <paramref name="width"/> 32bpp pixels and forces their alpha to 0xFF.</summary>
    public static void Bgrx32ToBgra32Row(ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        var s = MemoryMarshal.Cast<byte, uint>(src[..(width * 4)]);
        var d = MemoryMarshal.Cast<byte, uint>(dst[..(width * 4)]);
        int i = 0;
        if (Vector.IsHardwareAccelerated && s.Length >= Vector<uint>.Count)
        {
            var alpha = new Vector<uint>(OpaqueAlpha);
            var sv = MemoryMarshal.Cast<uint, Vector<uint>>(s);
            var dv = MemoryMarshal.Cast<uint, Vector<uint>>(d);
            for (int v = 0; v < sv.Length; v++)
            {
                dv[v] = sv[v] | alpha;
            }

            i = sv.Length * Vector<uint>.Count;
        }

        for (; i < s.Length; i++)
        {
            d[i] = s[i] | OpaqueAlpha;
        }
    }

    /// <summary>Expands <paramref name="width"/> B,G,R triplets to opaque B,G,R,A.</summary>
    public static void Bgr24ToBgra32Row(ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        src = src[..(width * 3)];
        var d = MemoryMarshal.Cast<byte, uint>(dst[..(width * 4)]);
        int i = 0;
        int o = 0;

        // Four pixels per shuffle of a 16-byte load (12 bytes used), while all 16 bytes exist.
        if (Vector128.IsHardwareAccelerated && width >= 6)
        {
            Vector128<byte> spread = Vector128.Create((byte)0, 1, 2, 0x80, 3, 4, 5, 0x80, 6, 7, 8, 0x80, 9, 10, 11, 0x80);
            Vector128<byte> alpha = Vector128.Create(OpaqueAlpha).AsByte();
            ref byte s0 = ref MemoryMarshal.GetReference(src);
            ref uint d0 = ref MemoryMarshal.GetReference(d);
            for (; o + 16 <= src.Length; i += 4, o += 12)
            {
                Vector128<byte> v = Vector128.Shuffle(Vector128.LoadUnsafe(ref s0, (nuint)o), spread) | alpha;
                v.AsUInt32().StoreUnsafe(ref d0, (nuint)i);
            }
        }

        // Reading 4 bytes at a time is safe for every pixel but the last, whose fourth byte may not exist.
        for (; i < width - 1; i++, o += 3)
        {
            d[i] = BinaryPrimitives.ReadUInt32LittleEndian(src[o..]) | OpaqueAlpha;
        }

        if (i < width)
        {
            d[i] = src[o] | ((uint)src[o + 1] << 8) | ((uint)src[o + 2] << 16) | OpaqueAlpha;
        }
    }

    /// <summary>Expands little-endian x1r5g5b5 pixels to opaque B,G,R,A, replicating the top bits as spice-common does.</summary>
    public static void X555ToBgra32Row(ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        var s = MemoryMarshal.Cast<byte, ushort>(src[..(width * 2)]);
        var d = MemoryMarshal.Cast<byte, uint>(dst[..(width * 4)]);
        for (int i = 0; i < s.Length; i++)
        {
            d[i] = X555ToBgra32(BitConverter.IsLittleEndian ? s[i] : BinaryPrimitives.ReverseEndianness(s[i]));
        }
    }

    /// <summary>One x1r5g5b5 value as an opaque 0xAARRGGBB value.</summary>
    public static uint X555ToBgra32(uint c)
    {
        uint b = c & 0x1F;
        uint g = (c >> 5) & 0x1F;
        uint r = (c >> 10) & 0x1F;
        b = (b << 3) | (b >> 2);
        g = (g << 3) | (g >> 2);
        r = (r << 3) | (r >> 2);
        return OpaqueAlpha | (r << 16) | (g << 8) | b;
    }

    /// <summary>Packs <paramref name="width"/> B,G,R,A pixels to B,G,R triplets, dropping alpha.</summary>
    public static void Bgra32ToBgr24Row(ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        var s = MemoryMarshal.Cast<byte, uint>(src[..(width * 4)]);
        dst = dst[..(width * 3)];
        int i = 0;
        int o = 0;

        // A 4-byte store overruns into the next triplet, which the next iteration overwrites; the last pixel stores 3 bytes.
        for (; i < width - 1; i++, o += 3)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(dst[o..], s[i]);
        }

        if (i < width)
        {
            uint v = s[i];
            dst[o] = (byte)v;
            dst[o + 1] = (byte)(v >> 8);
            dst[o + 2] = (byte)(v >> 16);
        }
    }

    /// <summary>Packs <paramref name="width"/> B,G,R,A pixels to little-endian x1r5g5b5 by truncation (as spice-common does).</summary>
    public static void Bgra32ToX555Row(ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        var s = MemoryMarshal.Cast<byte, uint>(src[..(width * 4)]);
        var d = MemoryMarshal.Cast<byte, ushort>(dst[..(width * 2)]);
        for (int i = 0; i < s.Length; i++)
        {
            uint c = s[i];
            ushort v = (ushort)(((c >> 3) & 0x001F) | ((c >> 6) & 0x03E0) | ((c >> 9) & 0x7C00));
            d[i] = BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
        }
    }

    /// <summary>Copies <paramref name="height"/> rows of <paramref name="rowBytes"/> bytes between strided buffers.</summary>
    public static void CopyRows(ReadOnlySpan<byte> src, int srcStride, Span<byte> dst, int dstStride, int rowBytes, int height)
    {
        CheckImage(src.Length, srcStride, rowBytes, height, "source");
        CheckImage(dst.Length, dstStride, rowBytes, height, "destination");
        if (srcStride == rowBytes && dstStride == rowBytes)
        {
            src[..(rowBytes * height)].CopyTo(dst);
            return;
        }

        for (int y = 0; y < height; y++)
        {
            src.Slice(y * srcStride, rowBytes).CopyTo(dst.Slice(y * dstStride, rowBytes));
        }
    }

    /// <summary>Converts a B,G,R,A image to 24-bit B,G,R rows.</summary>
    public static void Bgra32ToBgr24(ReadOnlySpan<byte> src, int srcStride, Span<byte> dst, int dstStride, int width, int height)
    {
        PixelLimits.Check(width, height);
        CheckImage(src.Length, srcStride, width * 4, height, "source");
        CheckImage(dst.Length, dstStride, width * 3, height, "destination");
        for (int y = 0; y < height; y++)
        {
            Bgra32ToBgr24Row(src.Slice(y * srcStride, width * 4), dst.Slice(y * dstStride, width * 3), width);
        }
    }

    /// <summary>Converts a B,G,R,A image to 16-bit x1r5g5b5 rows.</summary>
    public static void Bgra32ToX555(ReadOnlySpan<byte> src, int srcStride, Span<byte> dst, int dstStride, int width, int height)
    {
        PixelLimits.Check(width, height);
        CheckImage(src.Length, srcStride, width * 4, height, "source");
        CheckImage(dst.Length, dstStride, width * 2, height, "destination");
        for (int y = 0; y < height; y++)
        {
            Bgra32ToX555Row(src.Slice(y * srcStride, width * 4), dst.Slice(y * dstStride, width * 2), width);
        }
    }

    /// <summary>Throws unless <paramref name="height"/> rows of <paramref name="rowBytes"/> at <paramref name="stride"/> fit in <paramref name="length"/> bytes.</summary>
    internal static void CheckImage(int length, int stride, long rowBytes, int height, string what)
    {
        if (height < 0 || rowBytes < 0 || stride < rowBytes || (height > 0 && (long)stride * (height - 1) + rowBytes > length))
        {
            throw new CodecException($"{what} buffer of {length} bytes cannot hold {height} rows of {rowBytes} bytes at stride {stride}");
        }
    }
}
