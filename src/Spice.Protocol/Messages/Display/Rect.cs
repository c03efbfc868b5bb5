using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceRect; note the wire order top, left, bottom, right.</summary>
public readonly record struct Rect(int Top, int Left, int Bottom, int Right)
{
    public static Rect Read(ref SpiceReader r)
    {
        var top = r.ReadInt32();
        var left = r.ReadInt32();
        var bottom = r.ReadInt32();
        var right = r.ReadInt32();
        return new Rect(top, left, bottom, right);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteInt32(Top);
        w.WriteInt32(Left);
        w.WriteInt32(Bottom);
        w.WriteInt32(Right);
    }
}
