using SkiaSharp;
using Spice.Client.Display;

namespace Spice.Cli.Commands;

internal static class PngFile
{
    /// <summary>Writes an opaque BGRA snapshot as a PNG file.</summary>
    public static void Write(DisplaySnapshot snapshot, string path)
    {
        var info = new SKImageInfo(snapshot.Width, snapshot.Height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap();
        var pixels = System.Runtime.InteropServices.GCHandle.Alloc(snapshot.Bgra, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            if (!bitmap.InstallPixels(info, pixels.AddrOfPinnedObject(), snapshot.Stride))
            {
                throw new IOException($"cannot encode a {snapshot.Width}x{snapshot.Height} image");
            }

            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100) ?? throw new IOException("PNG encoding failed");
            using var file = File.Create(path);
            data.SaveTo(file);
        }
        finally
        {
            pixels.Free();
        }
    }
}
