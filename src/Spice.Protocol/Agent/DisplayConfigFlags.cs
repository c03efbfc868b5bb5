namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_DISPLAY_CONFIG_FLAG_*.</summary>
[Flags]
public enum DisplayConfigFlags : uint
{
    None = 0,
    DisableWallpaper = 1 << 0,
    DisableFontSmooth = 1 << 1,
    DisableAnimation = 1 << 2,
    SetColorDepth = 1 << 3,
}
