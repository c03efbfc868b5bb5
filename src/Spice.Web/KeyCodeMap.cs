using System.Collections.Frozen;

namespace Spice.Web;

/// <summary>
/// <c>KeyboardEvent.code</c> (the physical key, as the UI Events KeyboardEvent code spec names it)
/// to PC XT set-1 scancodes, 0xE0-prefixed keys as 0x100 | code. Sending the physical key lets the
/// guest apply its own layout, as a real keyboard would.
/// </summary>
internal static class KeyCodeMap
{
    private static readonly FrozenDictionary<string, ushort> Codes = Build();

    /// <summary>The scancode of <paramref name="code"/>, or 0 for a key with none (Pause, Fn, unknown).</summary>
    public static ushort Find(string code) => Codes.GetValueOrDefault(code);

    private static FrozenDictionary<string, ushort> Build()
    {
        var map = new Dictionary<string, ushort>(StringComparer.Ordinal)
        {
            ["Escape"] = 0x01, ["Minus"] = 0x0C, ["Equal"] = 0x0D, ["Backspace"] = 0x0E, ["Tab"] = 0x0F,
            ["BracketLeft"] = 0x1A, ["BracketRight"] = 0x1B, ["Enter"] = 0x1C, ["ControlLeft"] = 0x1D,
            ["Semicolon"] = 0x27, ["Quote"] = 0x28, ["Backquote"] = 0x29, ["ShiftLeft"] = 0x2A, ["Backslash"] = 0x2B,
            ["Comma"] = 0x33, ["Period"] = 0x34, ["Slash"] = 0x35, ["ShiftRight"] = 0x36, ["NumpadMultiply"] = 0x37,
            ["AltLeft"] = 0x38, ["Space"] = 0x39, ["CapsLock"] = 0x3A, ["NumLock"] = 0x45, ["ScrollLock"] = 0x46,
            ["Numpad7"] = 0x47, ["Numpad8"] = 0x48, ["Numpad9"] = 0x49, ["NumpadSubtract"] = 0x4A,
            ["Numpad4"] = 0x4B, ["Numpad5"] = 0x4C, ["Numpad6"] = 0x4D, ["NumpadAdd"] = 0x4E,
            ["Numpad1"] = 0x4F, ["Numpad2"] = 0x50, ["Numpad3"] = 0x51, ["Numpad0"] = 0x52, ["NumpadDecimal"] = 0x53,
            ["IntlBackslash"] = 0x56, ["F11"] = 0x57, ["F12"] = 0x58, ["NumpadEqual"] = 0x59,
            ["KanaMode"] = 0x70, ["IntlRo"] = 0x73, ["Convert"] = 0x79, ["NonConvert"] = 0x7B, ["IntlYen"] = 0x7D, ["NumpadComma"] = 0x7E,
            ["MediaTrackPrevious"] = 0x110, ["MediaTrackNext"] = 0x119, ["NumpadEnter"] = 0x11C, ["ControlRight"] = 0x11D,
            ["AudioVolumeMute"] = 0x120, ["LaunchApp2"] = 0x121, ["MediaPlayPause"] = 0x122, ["MediaStop"] = 0x124,
            ["AudioVolumeDown"] = 0x12E, ["AudioVolumeUp"] = 0x130, ["BrowserHome"] = 0x132, ["NumpadDivide"] = 0x135,
            ["PrintScreen"] = 0x137, ["AltRight"] = 0x138, ["Home"] = 0x147, ["ArrowUp"] = 0x148, ["PageUp"] = 0x149,
            ["ArrowLeft"] = 0x14B, ["ArrowRight"] = 0x14D, ["End"] = 0x14F, ["ArrowDown"] = 0x150, ["PageDown"] = 0x151,
            ["Insert"] = 0x152, ["Delete"] = 0x153, ["MetaLeft"] = 0x15B, ["MetaRight"] = 0x15C, ["OSLeft"] = 0x15B,
            ["OSRight"] = 0x15C, ["ContextMenu"] = 0x15D, ["Power"] = 0x15E, ["Sleep"] = 0x15F, ["WakeUp"] = 0x163,
            ["BrowserSearch"] = 0x165, ["BrowserFavorites"] = 0x166, ["BrowserRefresh"] = 0x167, ["BrowserStop"] = 0x168,
            ["BrowserForward"] = 0x169, ["BrowserBack"] = 0x16A, ["LaunchApp1"] = 0x16B, ["LaunchMail"] = 0x16C, ["MediaSelect"] = 0x16D,
        };
        Row(map, "1234567890", 0x02);
        Row(map, "QWERTYUIOP", 0x10);
        Row(map, "ASDFGHJKL", 0x1E);
        Row(map, "ZXCVBNM", 0x2C);
        for (var n = 1; n <= 10; n++)
        {
            map[$"F{n}"] = (ushort)(0x3B + n - 1);
        }

        for (var n = 13; n <= 23; n++)
        {
            map[$"F{n}"] = (ushort)(0x64 + n - 13);
        }

        map["F24"] = 0x76;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A row of the keyboard whose scancodes run in sequence from <paramref name="first"/>.</summary>
    private static void Row(Dictionary<string, ushort> map, string keys, ushort first)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var name = char.IsDigit(keys[i]) ? $"Digit{keys[i]}" : $"Key{keys[i]}";
            map[name] = (ushort)(first + i);
        }
    }
}
