namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MOUSE_BUTTON_MASK_*.</summary>
[Flags]
public enum MouseButtonMask : ushort
{
    None = 0,
    Left = 1 << 0,
    Middle = 1 << 1,
    Right = 1 << 2,
    Up = 1 << 3,
    Down = 1 << 4,
    Side = 1 << 5,
    Extra = 1 << 6,
}
