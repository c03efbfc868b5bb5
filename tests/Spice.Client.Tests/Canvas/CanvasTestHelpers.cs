using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;
using BitmapFlags = Spice.Protocol.Messages.Display.BitmapFlags;
using ImageFlags = Spice.Protocol.Messages.Display.ImageFlags;
using ImageType = Spice.Protocol.Messages.Display.ImageType;
using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Tests.Canvas;

internal static class CanvasTestHelpers
{
    public static DisplayCanvas NewCanvas(int w = 8, int h = 8, uint fill = 0xFF102030)
    {
        var canvas = new DisplayCanvas();
        var s = canvas.CreateSurface(0, w, h, SurfaceFormat.Rgb32_xRGB, primary: true);
        s.Data.AsSpan().Fill(fill);
        return canvas;
    }

    public static DrawBase Base(CanvasRect box, params CanvasRect[] clip) => new(0, box, clip.Length == 0 ? null : clip);

    /// <summary>A top-down 32bpp bitmap image from 0xAARRGGBB values.</summary>
    public static ImageSource Bitmap32(int w, int h, Func<int, int, uint> pixel, ulong id = 1, ImageFlags flags = ImageFlags.None, bool rgba = false)
    {
        var data = new byte[w * h * 4];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                BitConverter.TryWriteBytes(data.AsSpan(((y * w) + x) * 4), pixel(x, y));
            }
        }

        return new ImageSource(id, ImageType.Bitmap, flags, w, h)
        {
            BitmapFormat = rgba ? (byte)9 : (byte)8,
            BitmapFlags = BitmapFlags.TopDown,
            Stride = w * 4,
            Data = data,
        };
    }

    /// <summary>A 1bpp (1BIT_BE, top-down) mask from a predicate.</summary>
    public static ImageSource Mask(int w, int h, Func<int, int, bool> bit, ulong id = 50, ImageFlags flags = ImageFlags.None)
    {
        int stride = (w + 7) / 8;
        var data = new byte[stride * h];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                if (bit(x, y))
                {
                    data[(y * stride) + (x >> 3)] |= (byte)(0x80 >> (x & 7));
                }
            }
        }

        return new ImageSource(id, ImageType.Bitmap, flags, w, h)
        {
            BitmapFormat = 2,
            BitmapFlags = BitmapFlags.TopDown,
            Stride = stride,
            Data = data,
        };
    }

    public static uint[] Snapshot(DisplayCanvas c, uint id = 0) => (uint[])c.GetSurface(id)!.Data.Clone();
}
