using System.Runtime.InteropServices;
using Spice.Client.Canvas.Model;
using Spice.Codecs.Glz;
using Spice.Codecs.Jpeg;
using Spice.Codecs.Lz;
using Spice.Codecs.Lz4;
using Spice.Codecs.Quic;
using Spice.Codecs.ZlibGlz;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using JpegAlphaFlags = Spice.Protocol.Messages.Display.JpegAlphaFlags;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    private GlzDecoderWindow? _glzWindow;

    /// <summary>The GLZ dictionary shared by every GLZ image of this display channel.</summary>
    internal GlzDecoderWindow GlzWindow => _glzWindow ??= new GlzDecoderWindow(Math.Max(1, _options.GlzWindowPixels));

    private CanvasImage DecodeCompressed(ImageSource image)
    {
        var mem = image.Data;
        var data = mem.Span;
        switch (image.Type)
        {
            case ImageType.Quic:
            {
                var info = QuicDecoder.ReadHeader(data);
                return Into(info.Width, info.Height, info.Type == QuicImageType.Rgba, (d, s) => QuicDecoder.Decode(mem.Span, d, s));
            }

            case ImageType.LzRgb:
            case ImageType.LzPlt:
            {
                var header = LzDecoder.ReadHeader(data);
                var palette = image.Type == ImageType.LzPlt ? ResolvePalette(image) : [];
                return Into(header.Width, header.Height, header.Type == LzImageType.Rgba, (d, s) => LzDecoder.Decode(mem.Span, d, s, palette));
            }

            case ImageType.GlzRgb:
            {
                var header = GlzDecoder.ReadHeader(data);
                var window = GlzWindow;
                if (header.IsShareable)
                {
                    // Draw from the window's own copy of the image: no second buffer, no copy.
                    CheckSize(header.Width, header.Height);
                    var shared = GlzDecoder.DecodeShared(data, window);
                    return new CanvasImage(header.Width, header.Height,
                        header.Type == LzImageType.Rgba ? ImageKind.Argb : ImageKind.Xrgb, shared.Pixels, shared.Release);
                }

                return Into(header.Width, header.Height, header.Type == LzImageType.Rgba, (d, s) => GlzDecoder.Decode(mem.Span, window, d, s));
            }

            case ImageType.ZlibGlzRgb:
            {
                CheckSize(image.Width, image.Height);
                var window = GlzWindow;
                int inner = image.InnerSize;
                return Into(image.Width, image.Height, false, (d, s) => ZlibGlzDecoder.Decode(mem.Span, inner, window, d, s));
            }

            case ImageType.Lz4:
                CheckSize(image.Width, image.Height);
                return Into(image.Width, image.Height, data.Length > 1 && data[1] == 9,
                    (d, s) => Lz4ImageDecoder.Decode(mem.Span, image.Width, image.Height, d, s));
            case ImageType.Jpeg:
            {
                JpegDecoder.ReadSize(data, out int w, out int h);
                return Into(w, h, false, (d, s) => JpegDecoder.Decode(mem.Span, d, s, out _, out _));
            }

            case ImageType.JpegAlpha:
            {
                if (image.InnerSize <= 0 || image.InnerSize > data.Length)
                {
                    throw new CanvasException("JPEG_ALPHA jpeg size out of range");
                }

                var jpegMem = mem[..image.InnerSize];
                var jpeg = jpegMem.Span;
                var alpha = data[image.InnerSize..];
                JpegDecoder.ReadSize(jpeg, out int w, out int h);
                bool topDown = (image.JpegAlphaFlags & JpegAlphaFlags.TopDown) != 0;
                var result = Into(w, h, true, (d, s) => JpegDecoder.Decode(jpegMem.Span, d, s, out _, out _));
                var alphaImage = new CanvasImage(w, h, ImageKind.Argb);
                try
                {
                    var alphaBytes = MemoryMarshal.AsBytes(alphaImage.Pixels.AsSpan(0, w * h));
                    LzDecoder.Decode(alpha, alphaBytes, w * 4);
                    JpegAlpha.Apply(alphaBytes, w * 4, topDown, MemoryMarshal.AsBytes(result.Pixels.AsSpan(0, w * h)), w * 4, w, h);
                    return result;
                }
                catch
                {
                    result.Release();
                    throw;
                }
                finally
                {
                    alphaImage.Release();
                }
            }

            default:
                throw new CanvasException($"image type {image.Type} is not supported");
        }
    }

    private delegate void DecodeInto(Span<byte> dest, int stride);

    private static CanvasImage Into(int width, int height, bool alpha, DecodeInto decode)
    {
        CheckSize(width, height);
        var image = new CanvasImage(width, height, alpha ? ImageKind.Argb : ImageKind.Xrgb);
        try
        {
            decode(MemoryMarshal.AsBytes(image.Pixels.AsSpan(0, width * height)), width * 4);
            return image;
        }
        catch
        {
            image.Release();
            throw;
        }
    }
}
