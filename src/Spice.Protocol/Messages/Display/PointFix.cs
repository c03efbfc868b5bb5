using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePointFix: coordinates in fixed 28.4 (value / 16).</summary>
public readonly record struct PointFix(int X, int Y)
{
    public static PointFix Read(ref SpiceReader r)
    {
        var x = r.ReadInt32();
        var y = r.ReadInt32();
        return new PointFix(x, y);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteInt32(X);
        w.WriteInt32(Y);
    }
}
