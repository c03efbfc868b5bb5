using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePoint: 32-bit integer coordinates.</summary>
public readonly record struct Point(int X, int Y)
{
    public static Point Read(ref SpiceReader r)
    {
        var x = r.ReadInt32();
        var y = r.ReadInt32();
        return new Point(x, y);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteInt32(X);
        w.WriteInt32(Y);
    }
}
