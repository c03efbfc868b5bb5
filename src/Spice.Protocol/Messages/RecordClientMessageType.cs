namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSGC_RECORD_*.</summary>
public enum RecordClientMessageType : ushort
{
    Data = 101,
    Mode,
    StartMark,
}
