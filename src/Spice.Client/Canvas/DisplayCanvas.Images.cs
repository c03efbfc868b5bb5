using Spice.Client.Canvas.Model;
using BitmapFlags = Spice.Protocol.Messages.Display.BitmapFlags;
using BrushType = Spice.Protocol.Messages.Display.BrushType;
using ImageFlags = Spice.Protocol.Messages.Display.ImageFlags;
using ImageType = Spice.Protocol.Messages.Display.ImageType;

namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    /// <summary>
    /// Resolves an image to pixels, honoring the cache flags: CACHE_ME stores the decoded image by id,
    /// CACHE_REPLACE_ME replaces a lossy entry, FROM_CACHE(_LOSSLESS) reads it back, SURFACE reads another surface.
    /// </summary>
    internal PixelSource LoadImage(ImageSource image, CanvasSurface? drawTarget)
    {
        switch (image.Type)
        {
            case ImageType.Surface:
            {
                var s = RequireSurface(image.SurfaceId);
                var kind = s.HasAlpha ? ImageKind.Argb : ImageKind.Xrgb;
                if (ReferenceEquals(s, drawTarget))
                {
                    var copy = new CanvasImage(s.Width, s.Height, kind);
                    s.Data.AsSpan().CopyTo(copy.Pixels);
                    return new PixelSource(copy);
                }

                return new PixelSource(s.Data, s.Width, s.Height, kind);
            }

            case ImageType.FromCache:
                return new PixelSource(_images.Get(image.Id, lossless: false));
            case ImageType.FromCacheLossless:
                return new PixelSource(_images.Get(image.Id, lossless: true));
        }

        var decoded = Decode(image);
        try
        {
            if ((image.Flags & ImageFlags.HighBitsSet) != 0 && decoded.Kind == ImageKind.Xrgb)
            {
                var px = decoded.Pixels.AsSpan(0, decoded.Width * decoded.Height);
                for (int i = 0; i < px.Length; i++)
                {
                    px[i] |= 0xFF000000u;
                }
            }

            bool lossy = image.Type is ImageType.Jpeg or ImageType.JpegAlpha;
            if ((image.Flags & ImageFlags.CacheMe) != 0)
            {
                _images.Put(image.Id, decoded, lossy);
            }
            else if ((image.Flags & ImageFlags.CacheReplaceMe) != 0)
            {
                if (lossy)
                {
                    throw new CanvasException($"image {image.Id}: cache replace with a lossy image");
                }

                _images.Put(image.Id, decoded, lossy: false);
            }

            return new PixelSource(decoded);
        }
        catch
        {
            decoded.Release();
            throw;
        }
    }

    /// <summary>Loads an image only for its cache side effects (a draw that turned out to cover nothing).</summary>
    internal void TouchImage(ImageSource? image)
    {
        if (image is null || image.Type is ImageType.Surface or ImageType.FromCache or ImageType.FromCacheLossless)
        {
            return;
        }

        if ((image.Flags & (ImageFlags.CacheMe | ImageFlags.CacheReplaceMe)) != 0 ||
            image.Type is ImageType.GlzRgb or ImageType.ZlibGlzRgb ||
            (image.BitmapFlags & BitmapFlags.PalCacheMe) != 0)
        {
            LoadImage(image, null).Dispose();
        }
    }

    internal void TouchBrush(Brush brush)
    {
        if (brush.Type == BrushType.Pattern)
        {
            TouchImage(brush.Pattern);
        }
    }

    /// <summary>A 1bpp mask image (BITMAP 1BIT_LE/BE, cached, or a surface read by alpha), never inverted here.</summary>
    internal CanvasImage LoadMask(ImageSource image)
    {
        switch (image.Type)
        {
            case ImageType.FromCache:
                return _images.Get(image.Id, lossless: false);
            case ImageType.FromCacheLossless:
                return _images.Get(image.Id, lossless: true);
            case ImageType.Surface:
            {
                var s = RequireSurface(image.SurfaceId);
                var m = new CanvasImage(s.Width, s.Height, ImageKind.A1);
                for (int i = 0; i < s.Width * s.Height; i++)
                {
                    m.Pixels[i] = (s.Data[i] >> 24) != 0 ? 1u : 0u;
                }

                return m;
            }

            case ImageType.Bitmap:
                break;
            default:
                throw new CanvasException($"mask image type {image.Type} is not a bitmap");
        }

        if (image.BitmapFormat is not (1 or 2))
        {
            throw new CanvasException($"mask bitmap format {image.BitmapFormat} is not 1bpp");
        }

        CheckSize(image.Width, image.Height);
        var mask = new CanvasImage(image.Width, image.Height, ImageKind.A1);
        try
        {
            BitmapPixels.Decode(image.BitmapFormat, image.Width, image.Height, image.Stride,
                (image.BitmapFlags & BitmapFlags.TopDown) != 0, image.Data.Span, [0u, 1u], mask);
            if ((image.Flags & ImageFlags.CacheMe) != 0)
            {
                _images.Put(image.Id, mask, lossy: false);
            }

            return mask;
        }
        catch
        {
            mask.Release();
            throw;
        }
    }

    private static void CheckSize(int width, int height)
    {
        if (width <= 0 || height <= 0 || width > MaxSurfaceDimension || height > MaxSurfaceDimension ||
            (long)width * height > MaxSurfacePixels)
        {
            throw new CanvasException($"image size {width}x{height} is out of range");
        }
    }

    private uint[] ResolvePalette(ImageSource image)
    {
        if ((image.BitmapFlags & BitmapFlags.PalFromCache) != 0)
        {
            return _palettes.Get(image.PaletteId);
        }

        if (image.Palette is null)
        {
            return [];
        }

        if ((image.BitmapFlags & BitmapFlags.PalCacheMe) != 0)
        {
            _palettes.Put(image.Palette.Unique, image.Palette.Entries);
        }

        return image.Palette.Entries;
    }

    private CanvasImage Decode(ImageSource image)
    {
        switch (image.Type)
        {
            case ImageType.Bitmap:
            {
                CheckSize(image.Width, image.Height);
                var palette = ResolvePalette(image);
                var kind = image.BitmapFormat is 9 or 10 ? ImageKind.Argb : ImageKind.Xrgb;
                var result = new CanvasImage(image.Width, image.Height, kind);
                try
                {
                    BitmapPixels.Decode(image.BitmapFormat, image.Width, image.Height, image.Stride,
                        (image.BitmapFlags & BitmapFlags.TopDown) != 0, image.Data.Span, palette, result);
                    return result;
                }
                catch
                {
                    result.Release();
                    throw;
                }
            }

            default:
                return DecodeCompressed(image);
        }
    }
}
