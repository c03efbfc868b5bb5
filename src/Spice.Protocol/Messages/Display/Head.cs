using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceHead: one monitor of monitors_config.</summary>
public readonly record struct Head(uint MonitorId, uint SurfaceId, uint Width, uint Height, uint X, uint Y, uint Flags)
{
    public static Head Read(ref SpiceReader r)
    {
        var monitorId = r.ReadUInt32();
        var surfaceId = r.ReadUInt32();
        var width = r.ReadUInt32();
        var height = r.ReadUInt32();
        var x = r.ReadUInt32();
        var y = r.ReadUInt32();
        var flags = r.ReadUInt32();
        return new Head(monitorId, surfaceId, width, height, x, y, flags);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(MonitorId);
        w.WriteUInt32(SurfaceId);
        w.WriteUInt32(Width);
        w.WriteUInt32(Height);
        w.WriteUInt32(X);
        w.WriteUInt32(Y);
        w.WriteUInt32(Flags);
    }
}
