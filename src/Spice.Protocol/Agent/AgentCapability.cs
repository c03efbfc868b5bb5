namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_CAP_* bit numbers announced in <see cref="AnnounceCapabilities"/>.</summary>
public enum AgentCapability
{
    MouseState = 0,
    MonitorsConfig,
    Reply,
    Clipboard,
    DisplayConfig,
    ClipboardByDemand,
    ClipboardSelection,
    SparseMonitorsConfig,
    GuestLineEndLf,
    GuestLineEndCrlf,
    MaxClipboard,
    AudioVolumeSync,
    MonitorsConfigPosition,
    FileXferDisabled,
    FileXferDetailedErrors,
    GraphicsDeviceInfo,
    ClipboardNoReleaseOnRegrab,
    ClipboardGrabSerial,
}
