using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceClip: none, or a list of rectangles laid out inline (num_rects u32 + rects).</summary>
public sealed record Clip
{
    public ClipType Type { get; init; }

    public Rect[] Rects { get; init; } = [];

    public static Clip None { get; } = new();

    public static Clip FromRects(params Rect[] rects) => new() { Type = ClipType.Rects, Rects = rects };

    public static Clip Read(ref SpiceReader r)
    {
        var type = (ClipType)r.ReadByte();
        if (type != ClipType.Rects)
        {
            return type == ClipType.None ? None : new Clip { Type = type };
        }

        var rects = new Rect[r.CheckCount(r.ReadUInt32(), 16)];
        for (var i = 0; i < rects.Length; i++)
        {
            rects[i] = Rect.Read(ref r);
        }

        return new Clip { Type = type, Rects = rects };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Type);
        if (Type != ClipType.Rects)
        {
            return;
        }

        w.WriteUInt32((uint)Rects.Length);
        foreach (var rect in Rects)
        {
            rect.Write(w);
        }
    }
}
