namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentDeviceDisplayInfo: uint32 channel_id, uint32 monitor_id, uint32 device_display_id,
/// uint32 device_address_len, uint8 device_address[len] (zero-terminated).
/// </summary>
public readonly record struct DeviceDisplayInfo(uint ChannelId, uint MonitorId, uint DeviceDisplayId, string DeviceAddress);
