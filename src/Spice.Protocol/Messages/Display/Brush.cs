using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceBrush: none, a solid color, or a pattern.</summary>
public sealed record Brush
{
    public BrushType Type { get; init; }

    public uint Color { get; init; }

    public Pattern? Pattern { get; init; }

    public static Brush None { get; } = new();

    public static Brush Solid(uint color) => new() { Type = BrushType.Solid, Color = color };

    public static Brush Read(ref SpiceReader r)
    {
        var type = (BrushType)r.ReadByte();
        return type switch
        {
            BrushType.Solid => new Brush { Type = type, Color = r.ReadUInt32() },
            BrushType.Pattern => new Brush { Type = type, Pattern = Pattern.Read(ref r) },
            _ => new Brush { Type = type },
        };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Type);
        if (Type == BrushType.Solid)
        {
            w.WriteUInt32(Color);
        }
        else if (Type == BrushType.Pattern)
        {
            (Pattern ?? throw new InvalidOperationException("pattern brush without a pattern")).Write(w);
        }
    }
}
