namespace Spice.Web.Tests;

/// <summary>
/// A picture with both kinds of content the viewer treats differently: a smooth two-way gradient
/// on the left (photographic, so large updates send it as JPEG first) and flat blocks with
/// one-pixel lines on the right (PNG). Opaque BGRA.
/// </summary>
internal static class TestPicture
{
    public static byte[] Create(int width, int height)
    {
        var bgra = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 4;
                if (x < width / 2)
                {
                    bgra[i] = (byte)(x * 255 / (width / 2));
                    bgra[i + 1] = (byte)(y * 255 / height);
                    bgra[i + 2] = (byte)((x + y) * 7 % 256);
                }
                else
                {
                    var block = ((x / 24) + (y / 24)) % 3;
                    bgra[i] = block == 0 ? (byte)0xC0 : (byte)0x20;
                    bgra[i + 1] = block == 1 ? (byte)0xB0 : (byte)0x30;
                    bgra[i + 2] = block == 2 ? (byte)0xE0 : (byte)0x40;
                    if (x % 17 == 0 || y % 13 == 0)
                    {
                        bgra[i] = bgra[i + 1] = bgra[i + 2] = 0xFF;
                    }
                }

                bgra[i + 3] = 0xFF;
            }
        }

        return bgra;
    }

    public static byte[] Solid(int width, int height, byte b, byte g, byte r)
    {
        var bgra = new byte[width * height * 4];
        for (var i = 0; i < bgra.Length; i += 4)
        {
            (bgra[i], bgra[i + 1], bgra[i + 2], bgra[i + 3]) = (b, g, r, 0xFF);
        }

        return bgra;
    }
}
