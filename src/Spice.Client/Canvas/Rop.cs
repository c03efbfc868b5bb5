namespace Spice.Client.Canvas;

/// <summary>The sixteen binary raster ops of src and dest (X11 GX order), applied to whole 32-bit pixels.</summary>
internal enum Rop : byte
{
    Clear,
    And,
    AndReverse,
    Copy,
    AndInverted,
    Noop,
    Xor,
    Or,
    Nor,
    Equiv,
    Invert,
    OrReverse,
    CopyInverted,
    OrInverted,
    Nand,
    Set,
}
