using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePoint16: 16-bit integer coordinates.</summary>
public readonly record struct Point16(short X, short Y)
{
    public static Point16 Read(ref SpiceReader r)
    {
        var x = r.ReadInt16();
        var y = r.ReadInt16();
        return new Point16(x, y);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteInt16(X);
        w.WriteInt16(Y);
    }
}
