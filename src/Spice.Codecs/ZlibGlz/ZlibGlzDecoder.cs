using System.Buffers;
using System.IO.Compression;
using Spice.Codecs.Glz;

namespace Spice.Codecs.ZlibGlz;

/// <summary>
/// Decoder of SPICE_IMAGE_TYPE_ZLIB_GLZ_RGB: a GLZ stream of a known size, deflated with a zlib wrapper.
/// </summary>
public static class ZlibGlzDecoder
{
    /// <summary>Largest GLZ stream accepted: every pixel of the largest image as literal RGB and alpha.</summary>
    private const long MaxGlzSize = (PixelLimits.MaxPixels * 5) + 1024;

    public static GlzHeader Decode(ReadOnlySpan<byte> zlibData, int glzDataSize, GlzDecoderWindow window,
        Span<byte> destination, int destinationStride, ReadOnlySpan<uint> palette = default)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (glzDataSize <= 0 || glzDataSize > MaxGlzSize)
        {
            throw new CodecException($"ZLIB-GLZ size {glzDataSize} is out of range");
        }

        byte[] glz = ArrayPool<byte>.Shared.Rent(glzDataSize);
        try
        {
            Inflate(zlibData, glz.AsSpan(0, glzDataSize));
            return GlzDecoder.Decode(glz.AsSpan(0, glzDataSize), window, destination, destinationStride, palette);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(glz);
        }
    }

    private static unsafe void Inflate(ReadOnlySpan<byte> zlibData, Span<byte> glz)
    {
        if (zlibData.IsEmpty)
        {
            throw new CodecException("ZLIB-GLZ data is empty");
        }

        try
        {
            fixed (byte* p = zlibData)
            {
                using var input = new UnmanagedMemoryStream(p, zlibData.Length);
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                zlib.ReadExactly(glz);
                Span<byte> probe = stackalloc byte[1];
                if (zlib.Read(probe) != 0)
                {
                    throw new CodecException("ZLIB-GLZ data inflates to more than its declared size");
                }
            }
        }
        catch (EndOfStreamException e)
        {
            throw new CodecException("ZLIB-GLZ data inflates to less than its declared size", e);
        }
        catch (InvalidDataException e)
        {
            throw new CodecException("ZLIB-GLZ data is not a valid zlib stream", e);
        }
    }
}
