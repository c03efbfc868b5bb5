namespace Spice.Client.Canvas.Model;

/// <summary>SpicePathSeg: flags (BEGIN 1, END 2, CLOSE 8, BEZIER 16) and 28.4 fixed points, x then y.</summary>
internal sealed record PathSegment(byte Flags, int[] Points)
{
    public const byte Begin = 1 << 0;
    public const byte End = 1 << 1;
    public const byte Close = 1 << 3;
    public const byte Bezier = 1 << 4;
}
