namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_MAIN_*.</summary>
public enum MainMessageType : ushort
{
    MigrateBegin = 101,
    MigrateCancel,
    Init,
    ChannelsList,
    MouseMode,
    MultiMediaTime,
    AgentConnected,
    AgentDisconnected,
    AgentData,
    AgentToken,
    MigrateSwitchHost,
    MigrateEnd,
    Name,
    Uuid,
    AgentConnectedTokens,
    MigrateBeginSeamless,
    MigrateDstSeamlessAck,
    MigrateDstSeamlessNack,
}
