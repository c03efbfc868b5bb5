using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// Decoder of SPICE's QUIC lossless image codec (spice-common quic.c), producing 32-bit B,G,R,A pixels top-down.
/// Types without alpha get A = 0xFF; RGB16 samples are widened to 8 bits by bit replication.
/// </summary>
public static class QuicDecoder
{
    /// <summary>Reads and validates the 20-byte header: magic, version, type, width, height.</summary>
    public static QuicImageInfo ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < QuicConstants.HeaderBytes)
        {
            throw new CodecException("QUIC data is shorter than its header");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(data) != QuicConstants.Magic)
        {
            throw new CodecException("QUIC magic is missing");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (version != QuicConstants.Version)
        {
            throw new CodecException($"QUIC version {version:x8} is not supported");
        }

        uint type = BinaryPrimitives.ReadUInt32LittleEndian(data[8..]);
        if (type is < (uint)QuicImageType.Gray or > (uint)QuicImageType.Rgba)
        {
            throw new CodecException($"QUIC image type {type} is not valid");
        }

        uint width = BinaryPrimitives.ReadUInt32LittleEndian(data[12..]);
        uint height = BinaryPrimitives.ReadUInt32LittleEndian(data[16..]);
        PixelLimits.Check(width, height);
        return new QuicImageInfo((QuicImageType)type, (int)width, (int)height);
    }

    /// <summary>
    /// Decodes a whole QUIC image into <paramref name="destination"/> (4 bytes per pixel, rows
    /// <paramref name="destinationStride"/> bytes apart).
    /// </summary>
    /// <exception cref="CodecException">The data is truncated, corrupt or too large.</exception>
    /// <exception cref="ArgumentException">The destination cannot hold the image.</exception>
    public static void Decode(ReadOnlySpan<byte> data, Span<byte> destination, int destinationStride)
    {
        QuicImageInfo info = ReadHeader(data);
        int rowBytes = info.Width * 4;
        if (destinationStride < rowBytes)
        {
            throw new ArgumentException($"stride {destinationStride} is below {rowBytes} bytes per row", nameof(destinationStride));
        }

        if ((long)destinationStride * (info.Height - 1) + rowBytes > destination.Length)
        {
            throw new ArgumentException($"destination too small for a {info.Width}x{info.Height} image", nameof(destination));
        }

        QuicContext context = QuicContext.Current;
        var reader = new QuicBitReader(data, QuicConstants.HeaderBytes);
        switch (info.Type)
        {
            case QuicImageType.Rgb32:
            case QuicImageType.Rgb24:
                context.Reset(info.Width, QuicFamily.Bits8);
                DecodeRows(context.Rgb<QuicDepth8>(), default(QuicSingleGroup<QuicAlphaChannel>), hasAlpha: false, ref reader, destination, destinationStride, info);
                break;
            case QuicImageType.Rgb16:
                context.Reset(info.Width, QuicFamily.Bits5);
                DecodeRows(context.Rgb<QuicDepth5>(), default(QuicSingleGroup<QuicAlphaChannel>), hasAlpha: false, ref reader, destination, destinationStride, info);
                break;
            case QuicImageType.Rgba:
                context.Reset(info.Width, QuicFamily.Bits8);
                DecodeRows(context.Rgb<QuicDepth8>(), context.Alpha(), hasAlpha: true, ref reader, destination, destinationStride, info);
                break;
            default:
                context.Reset(info.Width, QuicFamily.Bits8);
                DecodeRows(context.Gray(), default(QuicSingleGroup<QuicAlphaChannel>), hasAlpha: false, ref reader, destination, destinationStride, info);
                break;
        }

        // The reference keeps a 32-bit look-ahead window that must come from real data.
        if (reader.OverrunBits + 32 > 0)
        {
            throw new CodecException("QUIC data is truncated");
        }
    }

    private static void DecodeRows<TColor>(TColor color, QuicSingleGroup<QuicAlphaChannel> alpha, bool hasAlpha, ref QuicBitReader reader, Span<byte> destination, int stride, QuicImageInfo info)
        where TColor : struct, IQuicGroup
    {
        ref byte origin = ref MemoryMarshal.GetReference(destination);
        for (int y = 0; y < info.Height; y++)
        {
            ref byte row = ref System.Runtime.CompilerServices.Unsafe.Add(ref origin, (nint)y * stride);
            ref byte above = ref y == 0 ? ref row : ref System.Runtime.CompilerServices.Unsafe.Subtract(ref row, stride);
            QuicRow.Code(color, ref reader, ref row, ref above, y > 0, info.Width);
            if (hasAlpha)
            {
                QuicRow.Code(alpha, ref reader, ref row, ref above, y > 0, info.Width);
            }

            if (reader.OverrunBits > 0)
            {
                throw new CodecException($"QUIC data ends in row {y}");
            }
        }
    }
}
