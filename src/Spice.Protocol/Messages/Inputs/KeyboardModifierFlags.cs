namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_KEYBOARD_MODIFIER_FLAGS_*.</summary>
[Flags]
public enum KeyboardModifierFlags : ushort
{
    None = 0,
    ScrollLock = 1 << 0,
    NumLock = 1 << 1,
    CapsLock = 1 << 2,
}
