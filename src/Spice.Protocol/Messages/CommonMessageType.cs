namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_* numbers every channel shares (server to client).</summary>
public enum CommonMessageType : ushort
{
    Migrate = 1,
    MigrateData,
    SetAck,
    Ping,
    WaitForChannels,
    Disconnecting,
    Notify,
    List,
    BaseLast = 100,
}
