using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>SpiceLineAttr: flags and the 28.4 style segment lengths.</summary>
internal sealed record LineAttr(LineFlags Flags, int[] Style)
{
    public static readonly LineAttr Solid = new(LineFlags.None, []);
}
