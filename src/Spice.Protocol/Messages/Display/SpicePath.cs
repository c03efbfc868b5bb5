using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePath (named so it does not clash with System.IO.Path): num_segments then the segments inline.</summary>
public sealed record SpicePath : ISpiceWritable
{
    /// <summary>Smallest wire size of a segment (flags + count), bounding num_segments before allocating.</summary>
    private const int MinSegmentSize = 5;

    public PathSegment[] Segments { get; init; } = [];

    public static SpicePath Read(ref SpiceReader r)
    {
        var segments = new PathSegment[r.CheckCount(r.ReadUInt32(), MinSegmentSize)];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = PathSegment.Read(ref r);
        }

        return new SpicePath { Segments = segments };
    }

    /// <summary>Follows a @nonnull Path pointer.</summary>
    public static SpicePath ReadRequired(ref SpiceReader r)
    {
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            throw new SpiceProtocolException("path pointer is null");
        }

        var at = r.At(offset);
        return Read(ref at);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32((uint)Segments.Length);
        foreach (var segment in Segments)
        {
            segment.Write(w);
        }
    }
}
