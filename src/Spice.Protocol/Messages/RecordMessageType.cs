namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_RECORD_*.</summary>
public enum RecordMessageType : ushort
{
    Start = 101,
    Stop,
    Volume,
    Mute,
}
