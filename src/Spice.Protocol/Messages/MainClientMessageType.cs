namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSGC_MAIN_*.</summary>
public enum MainClientMessageType : ushort
{
    ClientInfo = 101,
    MigrateConnected,
    MigrateConnectError,
    AttachChannels,
    MouseModeRequest,
    AgentStart,
    AgentData,
    AgentToken,
    MigrateEnd,
    MigrateDstDoSeamless,
    MigrateConnectedSeamless,
    QualityIndicator,
}
