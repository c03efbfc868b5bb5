namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentMonConfig: uint32 height, uint32 width, uint32 depth, int32 x, int32 y (note: height first).
/// A 0x0 monitor is disabled (SPARSE_MONITORS_CONFIG agents only).
/// </summary>
public readonly record struct MonitorConfig(uint Width, uint Height, uint Depth, int X, int Y)
{
    public const int Length = 20;
}
