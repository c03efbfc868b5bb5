using System.Buffers.Binary;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

/// <summary>
/// Decoder of the GLZ format (SPICE_IMAGE_TYPE_GLZ_RGB): LZ whose matches may also point into earlier images
/// of the channel's <see cref="GlzDecoderWindow"/>. Every decoded image joins the window.
/// </summary>
public static partial class GlzDecoder
{
    public static GlzHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        if (LzFormat.ReadBe32(data, 0) != LzFormat.Magic)
        {
            throw new CodecException("GLZ magic is missing");
        }

        uint version = LzFormat.ReadBe32(data, 4);
        if (version != LzFormat.Version)
        {
            throw new CodecException($"GLZ version 0x{version:x8} is not supported");
        }

        if (data.Length < GlzFormat.HeaderSize)
        {
            throw new CodecException("GLZ header is truncated");
        }

        var type = (LzImageType)(data[8] & 0x0F);
        bool topDown = (data[8] >> 4) != 0;
        if (type is < LzImageType.Plt1Le or > LzImageType.Rgba)
        {
            throw new CodecException($"GLZ image type {(int)type} is invalid");
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(data[9..]);
        uint height = BinaryPrimitives.ReadUInt32BigEndian(data[13..]);
        uint stride = BinaryPrimitives.ReadUInt32BigEndian(data[17..]);
        ulong id = BinaryPrimitives.ReadUInt64BigEndian(data[21..]);
        uint headDistance = BinaryPrimitives.ReadUInt32BigEndian(data[29..]);
        LzFormat.ValidateGeometry(type, width, height, stride);
        return new GlzHeader(type, (int)width, (int)height, (int)stride, topDown, id, headDistance);
    }

    /// <summary>
    /// Decodes one GLZ image into 32-bit B,G,R,A rows, top row first (A = 0xFF unless RGBA), and adds it to
    /// <paramref name="window"/>. A reference to an image the window does not hold is a <see cref="CodecException"/>.
    /// </summary>
    public static GlzHeader Decode(ReadOnlySpan<byte> data, GlzDecoderWindow window, Span<byte> destination,
        int destinationStride, ReadOnlySpan<uint> palette = default)
    {
        ArgumentNullException.ThrowIfNull(window);
        GlzHeader header = ReadHeader(data);
        LzFormat.CheckDestination(header.Width, header.Height, destination.Length, destinationStride);
        int gross = header.GrossWidth;
        uint[] pixels = window.BeginDecode(gross * header.Height);
        var refs = new WindowReader(window, header.Id);
        int pos = GlzFormat.HeaderSize;
        try
        {
            DecodePixels(data, pos, header.Type, pixels, palette, ref refs);
        }
        finally
        {
            window.EndDecode();
        }

        window.Add(header.Id, pixels, header.WindowHeadDistance);
        LzCopy.ToDestination(pixels, gross, header.Width, header.Height, header.TopDown,
            header.Type == LzImageType.Rgba ? 0 : 0xFF000000, destination, destinationStride);
        return header;
    }

    private static void DecodePixels(ReadOnlySpan<byte> data, int pos, LzImageType type, uint[] pixels,
        ReadOnlySpan<uint> palette, ref WindowReader refs)
    {
        switch (type)
        {
            case LzImageType.Rgb24:
            case LzImageType.Rgb32:
                Run(data, pos, pixels, new RgbMode(0), ref refs);
                break;
            case LzImageType.Rgba:
                pos = Run(data, pos, pixels, new RgbMode(0), ref refs);
                Run(data, pos, pixels, default(AlphaMode), ref refs);
                break;
            case LzImageType.Rgb16:
                Run(data, pos, pixels, new Rgb16Mode(0), ref refs);
                break;
            default:
                Run(data, pos, pixels, PaletteMode.Create(type, palette, 0), ref refs);
                break;
        }
    }

    /// <summary>Looks images up in the window, remembering the last one since matches cluster.</summary>
    private struct WindowReader(GlzDecoderWindow window, ulong imageId)
    {
        private ulong _cachedId = ulong.MaxValue;
        private uint[]? _cached;

        public ReadOnlySpan<uint> Get(uint imageDistance, int offset, int length)
        {
            if (imageDistance > imageId)
            {
                throw new CodecException("GLZ reference to an image before the first one");
            }

            ulong id = imageId - imageDistance;
            if (id != _cachedId)
            {
                _cached = window.Get(id) ?? throw new CodecException($"GLZ reference to image {id}, which is not in the window");
                _cachedId = id;
            }

            if (offset > _cached!.Length - length)
            {
                throw new CodecException("GLZ reference runs past the end of the referenced image");
            }

            return _cached.AsSpan(offset, length);
        }
    }
}
