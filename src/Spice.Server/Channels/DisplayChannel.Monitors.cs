using Spice.Protocol.Messages;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

internal sealed partial class DisplayChannel
{
    // MONITORS_CONFIG { uint16 count; uint16 max_allowed;
    //   Head { uint32 monitor_id; uint32 surface_id; uint32 width; uint32 height; uint32 x; uint32 y; uint32 flags } [count] }
    // Written under the display's gate, with the surface-create of the same size.
    private void WriteMonitorsConfig(MessageBuilder b, int width, int height)
    {
        var heads = _display.MonitorsUnderGate;
        if (heads.Any(h => h.Right > width || h.Bottom > height))
        {
            heads = [new System.Drawing.Rectangle(0, 0, width, height)];
        }

        b.Begin((ushort)DisplayMessageType.MonitorsConfig);
        b.WriteUInt16((ushort)heads.Count);
        b.WriteUInt16((ushort)Math.Max(heads.Count, SpiceDisplay.MaxMonitors));
        for (var i = 0; i < heads.Count; i++)
        {
            var h = heads[i];
            b.WriteUInt32((uint)i);
            b.WriteUInt32(0);
            b.WriteUInt32((uint)h.Width);
            b.WriteUInt32((uint)h.Height);
            b.WriteUInt32((uint)h.X);
            b.WriteUInt32((uint)h.Y);
            b.WriteUInt32(0);
        }

        b.End();
    }
}
