using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePathSeg: flags and points (fixed 28.4), laid out inline one after the other.</summary>
public sealed record PathSegment
{
    public PathFlags Flags { get; init; }

    public PointFix[] Points { get; init; } = [];

    public static PathSegment Read(ref SpiceReader r)
    {
        var flags = (PathFlags)r.ReadByte();
        var points = new PointFix[r.CheckCount(r.ReadUInt32(), 8)];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = PointFix.Read(ref r);
        }

        return new PathSegment { Flags = flags, Points = points };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Flags);
        w.WriteUInt32((uint)Points.Length);
        foreach (var point in Points)
        {
            point.Write(w);
        }
    }
}
