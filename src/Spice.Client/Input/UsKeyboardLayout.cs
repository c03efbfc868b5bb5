namespace Spice.Client.Input;

/// <summary>One key stroke that produces a character: the set-1 scancode and whether Shift is held.</summary>
public readonly record struct KeyStroke(ushort Scancode, bool Shift);

/// <summary>Maps printable ASCII, Tab and newline to key strokes on a US keyboard.</summary>
public static class UsKeyboardLayout
{
    private const string Unshifted1 = "1234567890-=";
    private const string Shifted1 = "!@#$%^&*()_+";
    private const string Row2 = "qwertyuiop[]";
    private const string Row2Shifted = "QWERTYUIOP{}";
    private const string Row3 = "asdfghjkl;'`";
    private const string Row3Shifted = "ASDFGHJKL:\"~";
    private const string Row4 = "\\zxcvbnm,./";
    private const string Row4Shifted = "|ZXCVBNM<>?";

    private static readonly Dictionary<char, KeyStroke> Map = Build();

    public static bool TryGetStroke(char c, out KeyStroke stroke) => Map.TryGetValue(c, out stroke);

    /// <summary>The strokes for <paramref name="text"/>; \r\n and \n both become one Enter, \r alone too.</summary>
    public static IReadOnlyList<KeyStroke> ToStrokes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var strokes = new List<KeyStroke>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (!Map.TryGetValue(c, out var stroke))
            {
                throw new ArgumentException($"no US-keyboard key types U+{(int)c:X4} at index {i}", nameof(text));
            }

            strokes.Add(stroke);
        }

        return strokes;
    }

    private static Dictionary<char, KeyStroke> Build()
    {
        var map = new Dictionary<char, KeyStroke>();
        AddRow(map, Unshifted1, Shifted1, 0x02);
        AddRow(map, Row2, Row2Shifted, 0x10);
        AddRow(map, Row3, Row3Shifted, 0x1E);
        map['\\'] = new KeyStroke(0x2B, false);
        map['|'] = new KeyStroke(0x2B, true);
        AddRow(map, Row4[1..], Row4Shifted[1..], 0x2C);
        map[' '] = new KeyStroke(Scancode.Space, false);
        map['\t'] = new KeyStroke(Scancode.Tab, false);
        map['\n'] = new KeyStroke(Scancode.Enter, false);
        map['\r'] = new KeyStroke(Scancode.Enter, false);
        return map;
    }

    private static void AddRow(Dictionary<char, KeyStroke> map, string plain, string shifted, ushort first)
    {
        for (var i = 0; i < plain.Length; i++)
        {
            map[plain[i]] = new KeyStroke((ushort)(first + i), false);
            map[shifted[i]] = new KeyStroke((ushort)(first + i), true);
        }
    }
}
