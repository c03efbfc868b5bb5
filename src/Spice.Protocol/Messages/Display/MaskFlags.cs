namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MASK_FLAGS_*.</summary>
[Flags]
public enum MaskFlags : byte
{
    None = 0,
    Invers = 1 << 0,
}
