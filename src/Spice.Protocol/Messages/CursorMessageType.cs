namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_CURSOR_*.</summary>
public enum CursorMessageType : ushort
{
    Init = 101,
    Reset,
    Set,
    Move,
    Hide,
    Trail,
    InvalOne,
    InvalAll,
}
