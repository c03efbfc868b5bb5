namespace Spice.Client.Canvas.Model;

/// <summary>SpiceTransform: a 2x3 affine matrix in 16.16 fixed point.</summary>
internal readonly record struct Transform(int T00, int T01, int T02, int T10, int T11, int T12)
{
    public static Transform Identity => new(0x10000, 0, 0, 0, 0x10000, 0);
}
