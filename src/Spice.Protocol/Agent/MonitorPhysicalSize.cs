namespace Spice.Protocol.Agent;

/// <summary>VDAgentMonitorMM: uint16 height, uint16 width, in millimetres.</summary>
public readonly record struct MonitorPhysicalSize(ushort WidthMm, ushort HeightMm);
