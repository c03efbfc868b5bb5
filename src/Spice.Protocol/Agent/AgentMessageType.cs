namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_* message types carried in <see cref="AgentMessageHeader.Type"/>.</summary>
public enum AgentMessageType : uint
{
    MouseState = 1,
    MonitorsConfig,
    Reply,
    Clipboard,
    DisplayConfig,
    AnnounceCapabilities,
    ClipboardGrab,
    ClipboardRequest,
    ClipboardRelease,
    FileXferStart,
    FileXferStatus,
    FileXferData,
    ClientDisconnected,
    MaxClipboard,
    AudioVolumeSync,
    GraphicsDeviceInfo,
}
