namespace Spice.Server;

/// <summary>Receives what clients type and point at. Called on the connection's read loop: return quickly.</summary>
public interface ISpiceInputSink
{
    /// <summary>A PC XT (set 1) scancode; extended keys (0xE0 prefix) are 0x100 | code.</summary>
    void KeyDown(int scancode);

    void KeyUp(int scancode);

    /// <summary>Relative motion (server mouse mode).</summary>
    void MouseMotion(int dx, int dy, SpiceMouseButtons buttons);

    /// <summary>Absolute position on a display (client mouse mode).</summary>
    void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId);

    void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons);

    void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons);

    /// <summary>The client's lock keys; return what the server should report back as LEDs.</summary>
    SpiceKeyboardModifiers KeyboardModifiers(SpiceKeyboardModifiers modifiers) => modifiers;
}

/// <summary>SPICE_MOUSE_BUTTON_*: which button an event is about; Up/Down are wheel steps.</summary>
public enum SpiceMouseButton
{
    Invalid = 0,
    Left = 1,
    Middle = 2,
    Right = 3,
    WheelUp = 4,
    WheelDown = 5,
    Side = 6,
    Extra = 7,
}

/// <summary>SPICE_MOUSE_BUTTON_MASK_*: the buttons held down.</summary>
[Flags]
public enum SpiceMouseButtons
{
    None = 0,
    Left = 1,
    Middle = 2,
    Right = 4,
    WheelUp = 8,
    WheelDown = 16,
    Side = 32,
    Extra = 64,
}

/// <summary>SPICE_KEYBOARD_MODIFIER_FLAGS_*: the lock keys.</summary>
[Flags]
public enum SpiceKeyboardModifiers
{
    None = 0,
    ScrollLock = 1,
    NumLock = 2,
    CapsLock = 4,
}
