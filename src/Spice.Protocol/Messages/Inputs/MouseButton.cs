namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MOUSE_BUTTON_*.</summary>
public enum MouseButton : byte
{
    Invalid,
    Left,
    Middle,
    Right,
    Up,
    Down,
    Side,
    Extra,
}
