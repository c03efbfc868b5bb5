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
        LzFormat.CheckMagicAndVersion(data, Format);

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
    /// This copies the image out of the window; <see cref="DecodeShared"/> avoids the copy.
    /// </summary>
    public static GlzHeader Decode(ReadOnlySpan<byte> data, GlzDecoderWindow window, Span<byte> destination,
        int destinationStride, ReadOnlySpan<uint> palette = default)
    {
        ArgumentNullException.ThrowIfNull(window);
        GlzHeader header = ReadHeader(data);
        LzFormat.CheckDestination(header.Width, header.Height, destination.Length, destinationStride);
        DecodeIntoWindow(data, window, header, palette, destination, destinationStride);
        return header;
    }

    /// <summary>
    /// Decodes one GLZ image whose layout is the window's (<see cref="GlzHeader.IsShareable"/>: top-down, no
    /// padding pixels) and returns the window's own copy, final B,G,R,A pixels the caller may read until it calls
    /// <see cref="GlzImage.Release"/>: one decode, no copy. Otherwise as <see cref="Decode"/>.
    /// </summary>
    public static GlzImage DecodeShared(ReadOnlySpan<byte> data, GlzDecoderWindow window, ReadOnlySpan<uint> palette = default)
    {
        ArgumentNullException.ThrowIfNull(window);
        GlzHeader header = ReadHeader(data);
        if (!header.IsShareable)
        {
            throw new CodecException("GLZ image is bottom-up or padded, so cannot be shared; use Decode");
        }

        return DecodeIntoWindow(data, window, header, palette, default, 0)!;
    }

    /// <summary>
    /// Decodes into a window buffer, copies it to <paramref name="destination"/> when one is given (before the image
    /// joins the window, which may drop it at once) and adds it; returns the shared image when no destination.
    /// </summary>
    private static GlzImage? DecodeIntoWindow(ReadOnlySpan<byte> data, GlzDecoderWindow window, GlzHeader header,
        ReadOnlySpan<uint> palette, Span<byte> destination, int destinationStride)
    {
        int gross = header.GrossWidth;
        uint[] pixels = window.BeginDecode(gross * header.Height);
        try
        {
            var refs = new WindowReader(window, header.Id);
            DecodePixels(data, GlzFormat.HeaderSize, header.Type, pixels, palette, ref refs);
            bool share = destinationStride == 0;
            if (!share)
            {
                LzCopy.ToDestination(pixels, gross, header.Width, header.Height, header.TopDown, 0, destination, destinationStride);
            }

            GlzImage image = window.Add(header.Id, pixels, header.Width, header.Height, header.WindowHeadDistance, share);
            return share ? image : null;
        }
        finally
        {
            window.EndDecode();
        }
    }

    /// <summary>
    /// Alpha of every pixel of a type without alpha. The window keeps final pixels (so a caller can use them as they
    /// are): literals carry it, and copies from another image set it again, since that image may be RGBA.
    /// </summary>
    private const uint Opaque = 0xFF000000;

    private static void DecodePixels(ReadOnlySpan<byte> data, int pos, LzImageType type, uint[] pixels,
        ReadOnlySpan<uint> palette, ref WindowReader refs)
    {
        switch (type)
        {
            case LzImageType.Rgb24:
            case LzImageType.Rgb32:
                Run(data, pos, pixels, new RgbMode(Opaque), Opaque, ref refs);
                break;
            case LzImageType.Rgba:
                pos = Run(data, pos, pixels, new RgbMode(0), 0, ref refs);
                Run(data, pos, pixels, default(AlphaMode), 0, ref refs);
                break;
            case LzImageType.Rgb16:
                Run(data, pos, pixels, new Rgb16Mode(Opaque), Opaque, ref refs);
                break;
            default:
                Run(data, pos, pixels, PaletteMode.Create(type, palette, Opaque), Opaque, ref refs);
                break;
        }
    }

    /// <summary>
    /// Looks images up in the window: once per match, and through a small ring of the last few images found, so a
    /// run of matches into the same few images takes the window's lock only for the first of each.
    /// </summary>
    private struct WindowReader(GlzDecoderWindow window, ulong imageId)
    {
        private const int Ring = 4;
        private RingIds _ids;
        private RingImages _images;
        private int _next;

        public ReadOnlySpan<uint> Get(uint imageDistance, int offset, int length)
        {
            if (imageDistance > imageId)
            {
                throw new CodecException("GLZ reference to an image before the first one");
            }

            ulong id = imageId - imageDistance;
            uint[]? pixels = null;
            for (int i = 0; i < Ring; i++)
            {
                if (_ids[i] == id && _images[i] != null)
                {
                    pixels = _images[i];
                    break;
                }
            }

            if (pixels == null)
            {
                pixels = window.Get(id) ?? throw new CodecException($"GLZ reference to image {id}, which is not in the window");
                _ids[_next] = id;
                _images[_next] = pixels;
                _next = (_next + 1) % Ring;
            }

            if (offset > pixels.Length - length)
            {
                throw new CodecException("GLZ reference runs past the end of the referenced image");
            }

            return pixels.AsSpan(offset, length);
        }

        [System.Runtime.CompilerServices.InlineArray(Ring)]
        private struct RingIds
        {
            private ulong _e;
        }

        [System.Runtime.CompilerServices.InlineArray(Ring)]
        private struct RingImages
        {
            private uint[]? _e;
        }
    }
}
