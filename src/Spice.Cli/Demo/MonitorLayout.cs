using System.Drawing;
using Spice.Protocol.Agent;

namespace Spice.Cli.Demo;

/// <summary>
/// Turns a client's monitors config into heads on one surface: positions as given (shifted so the
/// top-left monitor is at 0,0) when the client sends them, side by side otherwise; disabled
/// (zero-size) entries are left out. Null when nothing usable is left or it would not fit.
/// </summary>
internal static class MonitorLayout
{
    private const int MaxEdge = 16384;

    public static IReadOnlyList<Rectangle>? From(MonitorsConfig config)
    {
        var enabled = config.Monitors.Where(m => m.Width > 0 && m.Height > 0).ToArray();
        if (enabled.Length is 0 or > Spice.Server.SpiceDisplay.MaxMonitors || enabled.Any(m => m.Width > MaxEdge || m.Height > MaxEdge))
        {
            return null;
        }

        Rectangle[] heads;
        if (config.Flags.HasFlag(MonitorsConfigFlags.UsePosition))
        {
            var minX = enabled.Min(m => m.X);
            var minY = enabled.Min(m => m.Y);
            heads = [.. enabled.Select(m => new Rectangle(m.X - minX, m.Y - minY, (int)m.Width, (int)m.Height))];
        }
        else
        {
            var x = 0;
            heads = new Rectangle[enabled.Length];
            for (var i = 0; i < enabled.Length; i++)
            {
                heads[i] = new Rectangle(x, 0, (int)enabled[i].Width, (int)enabled[i].Height);
                x += (int)enabled[i].Width;
            }
        }

        return heads.Max(h => h.Right) <= MaxEdge && heads.Max(h => h.Bottom) <= MaxEdge ? heads : null;
    }
}
