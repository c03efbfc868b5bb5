using Spice.Client.Canvas;
using Spice.Client.Canvas.Model;

namespace Spice.Client.Tests.Canvas;

internal static class CanvasTestHelpers
{
    public static DisplayCanvas NewCanvas(int w = 8, int h = 8, uint fill = 0xFF102030)
    {
        var canvas = new DisplayCanvas();
        var s = canvas.CreateSurface(0, w, h, SurfaceFormat.Xrgb32, primary: true);
        s.Data.AsSpan().Fill(fill);
        return canvas;
    }

    public static DrawBase Base(CanvasRect box, params CanvasRect[] clip) => new(0, box, clip.Length == 0 ? null : clip);

    /// <summary>A top-down 32bpp bitmap image from 0xAARRGGBB values.</summary>
    public static ImageSource Bitmap32(int w, int h, Func<int, int, uint> pixel, ulong id = 1, byte flags = 0, bool rgba = false)
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
            BitmapFlags = ImageSource.BitmapTopDown,
            Stride = w * 4,
            Data = data,
        };
    }

    /// <summary>A 1bpp (1BIT_BE, top-down) mask from a predicate.</summary>
    public static ImageSource Mask(int w, int h, Func<int, int, bool> bit, ulong id = 50, byte flags = 0)
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
            BitmapFlags = ImageSource.BitmapTopDown,
            Stride = stride,
            Data = data,
        };
    }

    public static uint[] Snapshot(DisplayCanvas c, uint id = 0) => (uint[])c.GetSurface(id)!.Data.Clone();
}
