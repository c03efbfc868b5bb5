using System.Drawing;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>Finds where a client window shows the server's desktop on an X screen, by an area that does not change.</summary>
internal static class DesktopLocator
{
    /// <summary>Pixels of <paramref name="area"/> may differ by this much per channel (none for lossless codecs; a little slack for X visuals).</summary>
    private const int Tolerance = 2;

    /// <summary>
    /// The screen position of the desktop's (0,0) where <paramref name="area"/> of the framebuffer
    /// shows with at most 0.5 % of its pixels off, or null.
    /// </summary>
    public static Point? Find(PeerImage shot, byte[] framebuffer, int width, Rectangle area)
    {
        for (var y = 0; y + area.Bottom <= shot.Height; y++)
        {
            for (var x = 0; x + area.Right <= shot.Width; x++)
            {
                if (Same(shot, x + area.Left, y + area.Top, framebuffer, width, area.Left, area.Top)
                    && Same(shot, x + area.Right - 1, y + area.Bottom - 1, framebuffer, width, area.Right - 1, area.Bottom - 1)
                    && Differences(shot, new Point(x, y), framebuffer, width, area) <= area.Width * area.Height / 200)
                {
                    return new Point(x, y);
                }
            }
        }

        return null;
    }

    /// <summary>How many pixels of <paramref name="area"/> differ between the framebuffer and the screen at <paramref name="origin"/>.</summary>
    public static int Differences(PeerImage shot, Point origin, byte[] framebuffer, int width, Rectangle area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (!Same(shot, origin.X + x, origin.Y + y, framebuffer, width, x, y))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static bool Same(PeerImage shot, int sx, int sy, byte[] framebuffer, int width, int x, int y)
    {
        if (sx < 0 || sy < 0 || sx >= shot.Width || sy >= shot.Height)
        {
            return false;
        }

        var s = ((sy * shot.Width) + sx) * 4;
        var f = ((y * width) + x) * 4;
        return Math.Abs(shot.Bgra[s] - framebuffer[f]) <= Tolerance
            && Math.Abs(shot.Bgra[s + 1] - framebuffer[f + 1]) <= Tolerance
            && Math.Abs(shot.Bgra[s + 2] - framebuffer[f + 2]) <= Tolerance;
    }
}
