using System.Buffers;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// Encoder of SPICE's QUIC lossless image codec. It follows spice-common's quic_encode step for step, so its
/// output is bit-identical to spice-server's for the same pixels.
/// </summary>
public static class QuicEncoder
{
    /// <summary>Bytes <see cref="Encode"/> may need at most for an image of this size and type.</summary>
    public static int MaxEncodedSize(int width, int height, QuicImageType type)
    {
        CheckSize(width, height);
        // Per pixel: at most 26 bits per sample, plus per channel group two run codes (each at most 16 bits
        // and one hit bit per pixel they cover).
        int bitsPerPixel = type switch
        {
            QuicImageType.Rgba => (4 * QuicConstants.CodewordLimit) + (2 * 33),
            QuicImageType.Rgb32 or QuicImageType.Rgb24 => (3 * QuicConstants.CodewordLimit) + 33,
            _ => throw new ArgumentException($"QUIC encoding of {type} is not supported", nameof(type)),
        };
        long bytes = QuicConstants.HeaderBytes + ((long)width * height * bitsPerPixel / 8) + 16;
        return bytes > Array.MaxLength ? throw new ArgumentException("image too large to encode") : (int)bytes;
    }

    /// <summary>
    /// Encodes 32-bit B,G,R,A pixels as <paramref name="type"/> (<see cref="QuicImageType.Rgb32"/>,
    /// <see cref="QuicImageType.Rgb24"/> or <see cref="QuicImageType.Rgba"/>) and returns the bytes written.
    /// </summary>
    /// <exception cref="ArgumentException">Bad size, stride or type, or <paramref name="destination"/> is too small.</exception>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, QuicImageType type, Span<byte> destination)
    {
        CheckSize(width, height);
        if (stride < width * 4 || (long)stride * (height - 1) + (width * 4) > bgra.Length)
        {
            throw new ArgumentException("source is smaller than width, height and stride say", nameof(bgra));
        }

        if (type is not (QuicImageType.Rgb32 or QuicImageType.Rgb24 or QuicImageType.Rgba))
        {
            throw new ArgumentException($"QUIC encoding of {type} is not supported", nameof(type));
        }

        var writer = new QuicBitWriter(destination);
        writer.Write(QuicConstants.Magic, 32);
        writer.Write(QuicConstants.Version, 32);
        writer.Write((uint)type, 32);
        writer.Write((uint)width, 32);
        writer.Write((uint)height, 32);

        QuicContext context = QuicContext.Current;
        context.Reset(width, QuicFamily.Bits8);
        QuicRgbGroup<QuicDepth8> color = context.Rgb<QuicDepth8>();
        QuicSingleGroup<QuicAlphaChannel> alpha = context.Alpha();
        bool hasAlpha = type == QuicImageType.Rgba;

        // The encoder only reads the source; the groups take mutable refs because decoding shares their code.
        ref byte origin = ref MemoryMarshal.GetReference(bgra);
        for (int y = 0; y < height; y++)
        {
            ref byte row = ref System.Runtime.CompilerServices.Unsafe.Add(ref origin, (nint)y * stride);
            ref byte above = ref y == 0 ? ref row : ref System.Runtime.CompilerServices.Unsafe.Subtract(ref row, stride);
            QuicRow.Code(color, ref writer, ref row, ref above, y > 0, width);
            if (hasAlpha)
            {
                QuicRow.Code(alpha, ref writer, ref row, ref above, y > 0, width);
            }
        }

        writer.Flush();
        return writer.BytesWritten;
    }

    /// <summary>Encodes into <paramref name="output"/>, advancing it by exactly the stream's length.</summary>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, QuicImageType type, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The worst-case bound is several times a typical stream, so code into a pooled scratch buffer and
        // hand the writer only what was produced.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(MaxEncodedSize(width, height, type));
        try
        {
            int length = Encode(bgra, width, height, stride, type, buffer);
            buffer.AsSpan(0, length).CopyTo(output.GetSpan(length));
            output.Advance(length);
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Convenience overload returning a right-sized array.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, QuicImageType type)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(MaxEncodedSize(width, height, type));
        try
        {
            int length = Encode(bgra, width, height, stride, type, buffer);
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CheckSize(int width, int height)
    {
        if (width <= 0 || height <= 0 || width > PixelLimits.MaxDimension || height > PixelLimits.MaxDimension
            || (long)width * height > PixelLimits.MaxPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"image size {width}x{height} is out of range");
        }
    }
}
