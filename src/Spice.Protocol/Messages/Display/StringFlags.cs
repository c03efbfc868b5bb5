namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_STRING_FLAGS_*.</summary>
[Flags]
public enum StringFlags : byte
{
    None = 0,
    RasterA1 = 1 << 0,
    RasterA4 = 1 << 1,
    RasterA8 = 1 << 2,
    RasterTopDown = 1 << 3,
}
