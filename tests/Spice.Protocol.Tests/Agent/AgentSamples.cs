using Spice.Protocol.Agent;

namespace Spice.Protocol.Tests.Agent;

/// <summary>One instance of every agent message, with the framing it is written in.</summary>
internal static class AgentSamples
{
    public static readonly IReadOnlyList<(IAgentMessage Message, AgentFraming Framing)> All =
    [
        (new MouseState(100, 200, 0b10, 1), AgentFraming.Plain),
        (new MonitorsConfig(MonitorsConfigFlags.UsePosition, [new MonitorConfig(1280, 800, 32, 0, 0), new MonitorConfig(1024, 768, 32, 1280, 0)]), AgentFraming.Plain),
        (new MonitorsConfig(MonitorsConfigFlags.PhysicalSize, [new MonitorConfig(1920, 1080, 32, -5, 7)], [new MonitorPhysicalSize(520, 290)]), AgentFraming.Plain),
        (new AgentReply(AgentMessageType.MonitorsConfig, AgentReply.Success), AgentFraming.Plain),
        (new ClipboardData(ClipboardSelection.Primary, ClipboardType.Utf8Text, "héllo"u8.ToArray()), AgentFraming.Full),
        (new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.ImagePng, new byte[] { 0x89, 0x50, 0x4e, 0x47 }), AgentFraming.Plain),
        (new DisplayConfig(DisplayConfigFlags.DisableWallpaper | DisplayConfigFlags.SetColorDepth, 24), AgentFraming.Plain),
        (new AnnounceCapabilities(true, new Capabilities().Set(AgentCapability.ClipboardByDemand).Set(AgentCapability.ClipboardGrabSerial)), AgentFraming.Plain),
        (new ClipboardGrab(ClipboardSelection.Clipboard, 7, [ClipboardType.Utf8Text, ClipboardType.ImagePng]), AgentFraming.Full),
        (new ClipboardGrab(ClipboardSelection.Clipboard, 0, [ClipboardType.ImageBmp]), AgentFraming.Plain),
        (new ClipboardGrab(ClipboardSelection.Secondary, 0, [ClipboardType.ImageTiff, ClipboardType.ImageJpg]), new AgentFraming(true, false)),
        (new ClipboardRequest(ClipboardSelection.Primary, ClipboardType.Utf8Text), AgentFraming.Full),
        (new ClipboardRelease(ClipboardSelection.Primary), AgentFraming.Full),
        (new ClipboardRelease(ClipboardSelection.Clipboard), AgentFraming.Plain),
        (new FileXferStart(3, "report 2024\\final\n.pdf", 123456789), AgentFraming.Plain),
        (new FileXferStatus(3, FileXferStatusCode.CanSendData), AgentFraming.Plain),
        (FileXferStatus.WithError(3, FileXferStatus.ErrorTypeGlibIo, 13), AgentFraming.Plain),
        (FileXferStatus.WithNotEnoughSpace(3, 1 << 20), AgentFraming.Plain),
        (new FileXferData(3, new byte[] { 1, 2, 3, 4, 5 }), AgentFraming.Plain),
        (new FileXferData(4, ReadOnlyMemory<byte>.Empty), AgentFraming.Plain),
        (new ClientDisconnected(), AgentFraming.Plain),
        (new MaxClipboard(-1), AgentFraming.Plain),
        (new AudioVolumeSync(true, false, [1000, 2000]), AgentFraming.Plain),
        (new GraphicsDeviceInfo([new DeviceDisplayInfo(0, 0, 1, "pci/0000/02.0"), new DeviceDisplayInfo(0, 1, 2, "")]), AgentFraming.Plain),
    ];
}
