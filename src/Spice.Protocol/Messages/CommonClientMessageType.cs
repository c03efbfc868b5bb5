namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSGC_* numbers every channel shares (client to server).</summary>
public enum CommonClientMessageType : ushort
{
    AckSync = 1,
    Ack,
    Pong,
    MigrateFlushMark,
    MigrateData,
    Disconnecting,
}
