using System.Buffers;
using System.Buffers.Binary;
using K4os.Compression.LZ4;
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
            var target = dest[..total];
            DecodeBlocks(blocks, target);
            if (format == BitmapFormat.ThirtyTwoBit)
            {
                PixelConvert.Bgrx32ToBgra32Row(target, target, width * height);
            }

            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var packed = rented.AsSpan(0, total);
            DecodeBlocks(blocks, packed);
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

    /// <summary>Decodes every block into <paramref name="output"/>, which it must fill exactly.</summary>
    private static void DecodeBlocks(ReadOnlySpan<byte> blocks, Span<byte> output)
    {
        int written = 0;
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

            int dictStart = Math.Max(0, written - WindowSize);
            int n = LZ4Codec.Decode(blocks[..(int)size], output[written..], output[dictStart..written]);
            if (n <= 0)
            {
                throw new CodecException("LZ4 image block is corrupt");
            }

            written += n;
            blocks = blocks[(int)size..];
        }
        while (!blocks.IsEmpty);

        if (written != output.Length)
        {
            throw new CodecException($"LZ4 image decoded to {written} bytes, expected {output.Length}");
        }
    }
}
