using System.Buffers;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Lz;

/// <summary>Decoder of spice-common's LZ image format (SPICE_IMAGE_TYPE_LZ_RGB / LZ_PLT).</summary>
public static partial class LzDecoder
{
    /// <summary>Reads and validates the 28-byte header.</summary>
    public static LzHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        LzFormat.CheckMagicAndVersion(data, Format);

        uint type = LzFormat.ReadBe32(data, 8);
        if (type is < (uint)LzImageType.Plt1Le or > (uint)LzImageType.A8)
        {
            throw new CodecException($"LZ image type {type} is invalid");
        }

        uint width = LzFormat.ReadBe32(data, 12);
        uint height = LzFormat.ReadBe32(data, 16);
        uint stride = LzFormat.ReadBe32(data, 20);
        uint topDown = LzFormat.ReadBe32(data, 24);
        LzFormat.ValidateGeometry((LzImageType)type, width, height, stride);
        return new LzHeader((LzImageType)type, (int)width, (int)height, (int)stride, topDown != 0);
    }

    /// <summary>
    /// Decodes an LZ image into 32-bit B,G,R,A rows, top row first. Types without alpha get A = 0xFF, A8 gives
    /// black with the stream's alpha, palette types map their indices through <paramref name="palette"/>
    /// (0x00RRGGBB entries).
    /// </summary>
    public static LzHeader Decode(ReadOnlySpan<byte> data, Span<byte> destination, int destinationStride,
        ReadOnlySpan<uint> palette = default)
    {
        LzHeader header = ReadHeader(data);
        LzFormat.CheckDestination(header.Width, header.Height, destination.Length, destinationStride);
        int gross = header.GrossWidth;
        int count = gross * header.Height;
        bool direct = header.TopDown && gross == header.Width && destinationStride == header.Width * 4;
        uint[]? rented = null;
        try
        {
            Span<uint> pixels;
            if (direct)
            {
                pixels = MemoryMarshal.Cast<byte, uint>(destination)[..count];
            }
            else
            {
                rented = ArrayPool<uint>.Shared.Rent(count);
                pixels = rented.AsSpan(0, count);
            }

            int end = DecodePixels(data, LzFormat.LzHeaderSize, header.Type, pixels, palette);
            if (end != data.Length)
            {
                throw new CodecException($"LZ stream has {data.Length - end} bytes after the image");
            }

            if (!direct)
            {
                LzCopy.ToDestination(pixels, gross, header.Width, header.Height, header.TopDown, 0,
                    destination, destinationStride);
            }
        }
        finally
        {
            if (rented != null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }

        return header;
    }

    private static int DecodePixels(ReadOnlySpan<byte> data, int pos, LzImageType type, Span<uint> pixels,
        ReadOnlySpan<uint> palette)
    {
        const uint Opaque = 0xFF000000;
        switch (type)
        {
            case LzImageType.Rgb24:
            case LzImageType.Rgb32:
                return Run(data, pos, pixels, new RgbMode(Opaque));
            case LzImageType.Rgba:
                pos = Run(data, pos, pixels, new RgbMode(0));
                return Run(data, pos, pixels, default(AlphaMode));
            case LzImageType.Xxxa:
                pixels.Clear();
                return Run(data, pos, pixels, default(AlphaMode));
            case LzImageType.Rgb16:
                return Run(data, pos, pixels, new Rgb16Mode(Opaque));
            case LzImageType.A8:
                return Run(data, pos, pixels, default(A8Mode));
            default:
                return Run(data, pos, pixels, PaletteMode.Create(type, palette, Opaque));
        }
    }
}
