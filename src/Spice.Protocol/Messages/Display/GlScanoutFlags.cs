namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_GL_SCANOUT_FLAGS_*.</summary>
[Flags]
public enum GlScanoutFlags : uint
{
    None = 0,
    Y0Top = 1 << 0,
}
