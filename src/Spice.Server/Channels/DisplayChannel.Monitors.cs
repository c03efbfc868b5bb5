using Spice.Protocol.Messages.Display;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

internal sealed partial class DisplayChannel
{
    /// <summary>
    /// MONITORS_CONFIG: the embedder's heads, or one head over the whole surface when they do not
    /// fit it. Written under the display's gate, with the surface-create of the same size.
    /// </summary>
    private void WriteMonitorsConfig(MessageBuilder b, int width, int height)
    {
        var heads = _display.MonitorsUnderGate;
        if (heads.Any(h => h.Right > width || h.Bottom > height))
        {
            heads = [new System.Drawing.Rectangle(0, 0, width, height)];
        }

        var config = new Head[heads.Count];
        for (var i = 0; i < heads.Count; i++)
        {
            var h = heads[i];
            config[i] = new Head((uint)i, PrimarySurface, (uint)h.Width, (uint)h.Height, (uint)h.X, (uint)h.Y, 0);
        }

        b.Add(new MonitorsConfig { MaxAllowed = (ushort)Math.Max(heads.Count, SpiceDisplay.MaxMonitors), Heads = config });
    }
}
