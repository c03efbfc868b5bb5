namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_ALPHA_FLAGS_*.</summary>
[Flags]
public enum AlphaFlags : byte
{
    None = 0,
    DestHasAlpha = 1 << 0,
    SrcSurfaceHasAlpha = 1 << 1,
}
