using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Spice.Codecs.Pixels;

namespace Spice.Codecs.Lz4;

/// <summary>
/// Decodes SPICE_IMAGE_TYPE_LZ4 data as spice-server's lz4-encoder writes it:
/// one byte top-down flag, one byte SPICE bitmap format (16BIT, 24BIT, 32BIT or RGBA), then blocks of
/// [big-endian u32 compressed size][LZ4 block] until the data ends. The blocks form one LZ4 stream: each may
/// copy from the up to 64 KiB of output before it. The decompressed rows are packed (width * bytes per pixel).
/// </summary>
public static class Lz4ImageDecoder
{
    /// <summary>LZ4 match offsets are 16 bits, so no block looks further back than this.</summary>
    private const int WindowSize = 64 * 1024;

    /// <summary>Decodes into 32bpp B,G,R,A, top-down; A is 0xFF unless the stream format is RGBA.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int width, int height, Span<byte> dest, int destStride)
    {
        if (data.Length < 2)
        {
            throw new CodecException("LZ4 image data lacks its 2-byte header");
        }

        bool topDown = data[0] != 0;
        var format = (BitmapFormat)data[1];
        int bytesPerPixel = format switch
        {
            BitmapFormat.SixteenBit => 2,
            BitmapFormat.TwentyFourBit => 3,
            BitmapFormat.ThirtyTwoBit or BitmapFormat.Rgba => 4,
            _ => throw new CodecException($"LZ4 image has unsupported bitmap format {data[1]}"),
        };

        PixelLimits.Check(width, height);
        PixelConvert.CheckImage(dest.Length, destStride, width * 4L, height, "destination");
        int rowBytes = width * bytesPerPixel;
        int total = rowBytes * height;
        var blocks = data[2..];

        if (bytesPerPixel == 4 && topDown && destStride == rowBytes)
        {
            DecodeBlocks(blocks, dest[..total], format == BitmapFormat.ThirtyTwoBit);
            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var packed = rented.AsSpan(0, total);
            DecodeBlocks(blocks, packed, setAlpha: false);
            for (int y = 0; y < height; y++)
            {
                int srcRow = topDown ? y : height - 1 - y;
                var src = packed.Slice(srcRow * rowBytes, rowBytes);
                var dst = dest.Slice(y * destStride, width * 4);
                switch (format)
                {
                    case BitmapFormat.SixteenBit:
                        PixelConvert.X555ToBgra32Row(src, dst, width);
                        break;
                    case BitmapFormat.TwentyFourBit:
                        PixelConvert.Bgr24ToBgra32Row(src, dst, width);
                        break;
                    case BitmapFormat.ThirtyTwoBit:
                        PixelConvert.Bgrx32ToBgra32Row(src, dst, width);
                        break;
                    default:
                        src.CopyTo(dst);
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Decodes every block into <paramref name="output"/>, which it must fill exactly. With
    /// <paramref name="setAlpha"/> (32BIT into 32bpp) every fourth byte becomes 0xFF, done behind the decoder once
    /// no later match can read the bytes (more than 64 KiB back), while they are still in cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeBlocks(ReadOnlySpan<byte> blocks, Span<byte> output, bool setAlpha)
    {
        int written = 0;
        int opaque = 0;
        do
        {
            if (blocks.Length < 4)
            {
                throw new CodecException("LZ4 image block header is truncated");
            }

            uint size = BinaryPrimitives.ReadUInt32BigEndian(blocks);
            blocks = blocks[4..];
            if (size == 0 || size > (uint)blocks.Length)
            {
                throw new CodecException($"LZ4 image block of {size} bytes does not fit the {blocks.Length} left");
            }

            if (written == output.Length)
            {
                throw new CodecException("LZ4 image has more blocks than pixels");
            }

            written += Lz4BlockDecoder.Decode(blocks[..(int)size], output, written);
            blocks = blocks[(int)size..];
            if (setAlpha && written - WindowSize - opaque >= AlphaChunk)
            {
                int end = (written - WindowSize) & ~3;
                SetAlpha(output[opaque..end]);
                opaque = end;
            }
        }
        while (!blocks.IsEmpty);

        if (written != output.Length)
        {
            throw new CodecException($"LZ4 image decoded to {written} bytes, expected {output.Length}");
        }

        if (setAlpha)
        {
            SetAlpha(output[opaque..]);
        }
    }

    /// <summary>Bytes of finished output worth a pass of <see cref="SetAlpha"/>.</summary>
    private const int AlphaChunk = 16 * 1024;

    /// <summary>Sets every fourth byte (the A of B,G,R,A) to 0xFF, in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SetAlpha(Span<byte> bgrx)
    {
        var pixels = MemoryMarshal.Cast<byte, uint>(bgrx);
        var vectors = MemoryMarshal.Cast<uint, Vector256<uint>>(pixels);
        var alpha = Vector256.Create(0xFF000000u);
        for (int i = 0; i < vectors.Length; i++)
        {
            vectors[i] |= alpha;
        }

        for (int i = vectors.Length * Vector256<uint>.Count; i < pixels.Length; i++)
        {
            pixels[i] |= 0xFF000000u;
        }
    }
}
