namespace Spice.Client.Input;

/// <summary>
/// PC XT (set 1) scancodes as spice-gtk numbers them: a key whose make code has the 0xE0 prefix is
/// written as 0x100 | code. <see cref="ToKeyCode"/> packs the bytes the keyboard would send,
/// first byte lowest, which is what SPICE key-down/key-up messages carry.
/// </summary>
public static class Scancode
{
    public const ushort Escape = 0x01;
    public const ushort Backspace = 0x0E;
    public const ushort Tab = 0x0F;
    public const ushort Enter = 0x1C;
    public const ushort LeftCtrl = 0x1D;
    public const ushort LeftShift = 0x2A;
    public const ushort RightShift = 0x36;
    public const ushort LeftAlt = 0x38;
    public const ushort Space = 0x39;
    public const ushort CapsLock = 0x3A;
    public const ushort F1 = 0x3B;
    public const ushort NumLock = 0x45;
    public const ushort ScrollLock = 0x46;
    public const ushort F11 = 0x57;
    public const ushort F12 = 0x58;
    public const ushort KeypadEnter = 0x11C;
    public const ushort RightCtrl = 0x11D;
    public const ushort RightAlt = 0x138;
    public const ushort Home = 0x147;
    public const ushort Up = 0x148;
    public const ushort PageUp = 0x149;
    public const ushort Left = 0x14B;
    public const ushort Right = 0x14D;
    public const ushort End = 0x14F;
    public const ushort Down = 0x150;
    public const ushort PageDown = 0x151;
    public const ushort Insert = 0x152;
    public const ushort Delete = 0x153;
    public const ushort LeftMeta = 0x15B;
    public const ushort RightMeta = 0x15C;

    public static bool IsExtended(ushort scancode) => (scancode & 0x100) != 0;

    /// <summary>
    /// The u32 of a SPICE key message: make code (or break code, with 0x80 set, when
    /// <paramref name="down"/> is false), preceded by 0xE0 for extended keys, little-endian.
    /// </summary>
    public static uint ToKeyCode(ushort scancode, bool down)
    {
        if (scancode is 0 or > 0x1FF)
        {
            throw new ArgumentOutOfRangeException(nameof(scancode), scancode, "set-1 scancodes are 0x01..0x7F, or 0x101..0x17F for 0xE0-prefixed keys");
        }

        var code = (uint)(scancode & 0x7F) | (down ? 0u : 0x80u);
        return IsExtended(scancode) ? 0xE0u | (code << 8) : code;
    }

    /// <summary>The raw bytes of a press and release, as the key-scancode message carries them.</summary>
    public static byte[] PressAndRelease(ushort scancode)
    {
        var make = ToKeyCode(scancode, down: true);
        var brk = ToKeyCode(scancode, down: false);
        return IsExtended(scancode)
            ? [(byte)make, (byte)(make >> 8), (byte)brk, (byte)(brk >> 8)]
            : [(byte)make, (byte)brk];
    }
}
