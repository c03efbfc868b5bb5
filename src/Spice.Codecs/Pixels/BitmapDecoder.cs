using System.Runtime.InteropServices;

namespace Spice.Codecs.Pixels;

/// <summary>
/// Turns an uncompressed SPICE bitmap of any format into 32bpp B,G,R,A, top-down, at a caller-given stride.
/// Formats without alpha come out with A = 0xFF; <see cref="BitmapFormat.EightBitAlpha"/> comes out as black with the mask in A.
/// </summary>
public static class BitmapDecoder
{
    private const uint OpaqueAlpha = 0xFF000000;

    /// <param name="format">Pixel format of <paramref name="data"/>.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="stride">Bytes per source row; stride * height bytes must be present.</param>
    /// <param name="topDown">False when the first source row is the bottom of the picture (SPICE_BITMAP_FLAGS_TOP_DOWN unset).</param>
    /// <param name="data">Source rows.</param>
    /// <param name="palette">Entries 0x00RRGGBB for the 1, 4 and 8 bit formats; indexes past its end decode as opaque black.</param>
    /// <param name="dest">Destination B,G,R,A pixels, top-down.</param>
    /// <param name="destStride">Bytes per destination row.</param>
    public static void Decode(BitmapFormat format, int width, int height, int stride, bool topDown,
        ReadOnlySpan<byte> data, ReadOnlySpan<uint> palette, Span<byte> dest, int destStride)
    {
        PixelLimits.Check(width, height);
        long minStride = BitmapFormatInfo.MinStride(format, width);
        if (stride < minStride || (long)stride * height > data.Length)
        {
            throw new CodecException($"bitmap {width}x{height} {format} with stride {stride} needs more than the {data.Length} bytes given");
        }

        PixelConvert.CheckImage(dest.Length, destStride, width * 4L, height, "destination");

        int paletteSize = BitmapFormatInfo.PaletteSize(format);
        Span<uint> lut = stackalloc uint[paletteSize];
        if (paletteSize > 0)
        {
            if (palette.IsEmpty)
            {
                throw new CodecException($"bitmap format {format} needs a palette");
            }

            int n = Math.Min(paletteSize, palette.Length);
            for (int i = 0; i < n; i++)
            {
                lut[i] = palette[i] | OpaqueAlpha;
            }

            lut[n..].Fill(OpaqueAlpha);
        }

        int rowBytes = (int)minStride;
        for (int y = 0; y < height; y++)
        {
            int srcRow = topDown ? y : height - 1 - y;
            var src = data.Slice(srcRow * stride, rowBytes);
            var dst = dest.Slice(y * destStride, width * 4);
            DecodeRow(format, src, dst, width, lut);
        }
    }

    private static void DecodeRow(BitmapFormat format, ReadOnlySpan<byte> src, Span<byte> dst, int width, ReadOnlySpan<uint> lut)
    {
        switch (format)
        {
            case BitmapFormat.Rgba:
                src.CopyTo(dst);
                break;
            case BitmapFormat.ThirtyTwoBit:
                PixelConvert.Bgrx32ToBgra32Row(src, dst, width);
                break;
            case BitmapFormat.TwentyFourBit:
                PixelConvert.Bgr24ToBgra32Row(src, dst, width);
                break;
            case BitmapFormat.SixteenBit:
                PixelConvert.X555ToBgra32Row(src, dst, width);
                break;
            case BitmapFormat.EightBit:
                Palette8(src, MemoryMarshal.Cast<byte, uint>(dst), lut);
                break;
            case BitmapFormat.EightBitAlpha:
                Alpha8(src, MemoryMarshal.Cast<byte, uint>(dst));
                break;
            case BitmapFormat.FourBitBE:
                Palette4(src, MemoryMarshal.Cast<byte, uint>(dst), lut, highFirst: true);
                break;
            case BitmapFormat.FourBitLE:
                Palette4(src, MemoryMarshal.Cast<byte, uint>(dst), lut, highFirst: false);
                break;
            case BitmapFormat.OneBitBE:
                Palette1(src, MemoryMarshal.Cast<byte, uint>(dst), lut, msbFirst: true);
                break;
            case BitmapFormat.OneBitLE:
                Palette1(src, MemoryMarshal.Cast<byte, uint>(dst), lut, msbFirst: false);
                break;
            default:
                throw new CodecException($"unknown bitmap format {(int)format}");
        }
    }

    private static void Palette8(ReadOnlySpan<byte> src, Span<uint> dst, ReadOnlySpan<uint> lut)
    {
        lut = lut[..256];
        for (int i = 0; i < dst.Length; i++)
        {
            dst[i] = lut[src[i]];
        }
    }

    private static void Alpha8(ReadOnlySpan<byte> src, Span<uint> dst)
    {
        for (int i = 0; i < dst.Length; i++)
        {
            dst[i] = (uint)src[i] << 24;
        }
    }

    private static void Palette4(ReadOnlySpan<byte> src, Span<uint> dst, ReadOnlySpan<uint> lut, bool highFirst)
    {
        lut = lut[..16];
        int first = highFirst ? 4 : 0;
        int second = highFirst ? 0 : 4;
        int pairs = dst.Length >> 1;
        for (int i = 0; i < pairs; i++)
        {
            int b = src[i];
            dst[2 * i] = lut[(b >> first) & 0xF];
            dst[(2 * i) + 1] = lut[(b >> second) & 0xF];
        }

        if ((dst.Length & 1) != 0)
        {
            dst[^1] = lut[(src[pairs] >> first) & 0xF];
        }
    }

    private static void Palette1(ReadOnlySpan<byte> src, Span<uint> dst, ReadOnlySpan<uint> lut, bool msbFirst)
    {
        uint back = lut[0];
        uint fore = lut[1];
        for (int i = 0; i < dst.Length; i++)
        {
            int bit = msbFirst ? 7 - (i & 7) : i & 7;
            dst[i] = ((src[i >> 3] >> bit) & 1) != 0 ? fore : back;
        }
    }
}
