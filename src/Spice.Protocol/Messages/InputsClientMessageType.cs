namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSGC_INPUTS_*.</summary>
public enum InputsClientMessageType : ushort
{
    KeyDown = 101,
    KeyUp,
    KeyModifiers,
    KeyScancode,
    MouseMotion = 111,
    MousePosition,
    MousePress,
    MouseRelease,
}
