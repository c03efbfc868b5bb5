using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>SpiceQMask: a 1bpp bitmap placed at (X, Y) relative to the box; Image null = no mask.</summary>
internal sealed record QMask(MaskFlags Flags, int X, int Y, ImageSource? Image)
{
    public static readonly QMask None = new(MaskFlags.None, 0, 0, null);
}
