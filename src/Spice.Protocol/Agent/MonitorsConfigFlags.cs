namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_CONFIG_MONITORS_FLAG_*.</summary>
[Flags]
public enum MonitorsConfigFlags : uint
{
    None = 0,
    UsePosition = 1 << 0,
    PhysicalSize = 1 << 1,
}
