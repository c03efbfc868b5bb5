namespace Spice.Client.Canvas.Model;

/// <summary>SpiceQMask: a 1bpp bitmap placed at (X, Y) relative to the box; Image null = no mask.</summary>
internal sealed record QMask(byte Flags, int X, int Y, ImageSource? Image)
{
    public const byte FlagInvers = 1;

    public static readonly QMask None = new(0, 0, 0, null);
}
