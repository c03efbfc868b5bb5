using System.Buffers;
using System.Buffers.Binary;
using K4os.Compression.LZ4;
using Spice.Codecs.Pixels;

namespace Spice.Codecs.Lz4;

/// <summary>
/// Encodes a B,G,R,A image as SPICE_IMAGE_TYPE_LZ4 data that spice-gtk's canvas decodes: the header
/// (top-down, format) and the whole picture as a single LZ4 block, which is a valid one-block stream.
/// One block compresses at least as well as the server's per-chunk blocks and needs no stream state.
/// </summary>
public static class Lz4ImageEncoder
{
    private const int HeaderSize = 2;
    private const int BlockHeaderSize = 4;

    /// <summary>Upper bound of <see cref="Encode"/>'s output for the given size and format.</summary>
    public static int MaxEncodedLength(int width, int height, BitmapFormat format)
    {
        PixelLimits.Check(width, height);
        return HeaderSize + BlockHeaderSize + LZ4Codec.MaximumOutputSize(width * BytesPerPixel(format) * height);
    }

    /// <summary>
    /// Writes <paramref name="bgra"/> (top-down, <paramref name="stride"/> bytes per row) as LZ4 image data in
    /// <paramref name="format"/>: 32BIT and RGBA keep 4 bytes per pixel, 24BIT and 16BIT (x555) are converted first.
    /// Returns the number of bytes written.
    /// </summary>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, BitmapFormat format, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int bytesPerPixel = BytesPerPixel(format);
        PixelLimits.Check(width, height);
        PixelConvert.CheckImage(bgra.Length, stride, width * 4L, height, "source");
        int rowBytes = width * bytesPerPixel;
        int total = rowBytes * height;
        int bound = LZ4Codec.MaximumOutputSize(total);
        var span = output.GetSpan(HeaderSize + BlockHeaderSize + bound);
        span[0] = 1;
        span[1] = (byte)format;
        var block = span.Slice(HeaderSize + BlockHeaderSize, bound);

        int compressed;
        if (bytesPerPixel == 4 && stride == rowBytes)
        {
            compressed = LZ4Codec.Encode(bgra[..total], block, LZ4Level.L00_FAST);
        }
        else
        {
            byte[] rented = ArrayPool<byte>.Shared.Rent(total);
            try
            {
                var packed = rented.AsSpan(0, total);
                Pack(bgra, stride, width, height, format, packed, rowBytes);
                compressed = LZ4Codec.Encode(packed, block, LZ4Level.L00_FAST);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        if (compressed <= 0)
        {
            throw new CodecException("LZ4 compression failed");
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[HeaderSize..], (uint)compressed);
        int length = HeaderSize + BlockHeaderSize + compressed;
        output.Advance(length);
        return length;
    }

    private static void Pack(ReadOnlySpan<byte> bgra, int stride, int width, int height, BitmapFormat format, Span<byte> packed, int rowBytes)
    {
        for (int y = 0; y < height; y++)
        {
            var src = bgra.Slice(y * stride, width * 4);
            var dst = packed.Slice(y * rowBytes, rowBytes);
            switch (format)
            {
                case BitmapFormat.TwentyFourBit:
                    PixelConvert.Bgra32ToBgr24Row(src, dst, width);
                    break;
                case BitmapFormat.SixteenBit:
                    PixelConvert.Bgra32ToX555Row(src, dst, width);
                    break;
                default:
                    src.CopyTo(dst);
                    break;
            }
        }
    }

    private static int BytesPerPixel(BitmapFormat format) => format switch
    {
        BitmapFormat.SixteenBit => 2,
        BitmapFormat.TwentyFourBit => 3,
        BitmapFormat.ThirtyTwoBit or BitmapFormat.Rgba => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "LZ4 images carry 16BIT, 24BIT, 32BIT or RGBA"),
    };
}
