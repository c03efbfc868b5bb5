namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSG_INPUTS_*.</summary>
public enum InputsMessageType : ushort
{
    Init = 101,
    KeyModifiers,
    MouseMotionAck = 111,
}
