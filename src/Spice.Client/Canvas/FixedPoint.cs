namespace Spice.Client.Canvas;

/// <summary>SPICE 28.4 fixed-point helpers.</summary>
internal static class FixedPoint
{
    /// <summary>Rounds a 28.4 value to an integer as spice-common does: fractions above one half go up, one half goes down.</summary>
    public static int ToInt(int fixed28_4) => (fixed28_4 >> 4) + ((fixed28_4 & 0xF) > 8 ? 1 : 0);

    public static int FromInt(int value) => value << 4;
}
