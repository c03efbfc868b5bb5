namespace Spice.Client.Canvas.Model;

/// <summary>SpiceLineAttr: flags (START_WITH_GAP 4, STYLED 8) and the 28.4 style segment lengths.</summary>
internal sealed record LineAttr(byte Flags, int[] Style)
{
    public const byte StartWithGap = 1 << 2;
    public const byte Styled = 1 << 3;

    public static readonly LineAttr Solid = new(0, []);
}
