using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePattern: a tile image (non-null pointer) and its origin.</summary>
public sealed record Pattern
{
    public Image Pat { get; init; } = new();

    public Point Pos { get; init; }

    public static Pattern Read(ref SpiceReader r)
    {
        var pat = Image.ReadRequired(ref r);
        return new Pattern { Pat = pat, Pos = Point.Read(ref r) };
    }

    public void Write(SpiceWriter w)
    {
        w.WritePointer(Pat);
        Pos.Write(w);
    }
}
