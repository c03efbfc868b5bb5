namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_SURFACE_FLAGS_*.</summary>
[Flags]
public enum SurfaceFlags : uint
{
    None = 0,
    Primary = 1 << 0,
    StreamingMode = 1 << 1,
}
