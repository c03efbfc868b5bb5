namespace Spice.Cli.Demo;

/// <summary>Turns PC XT scancodes into text for the demo (US layout, letters, digits, punctuation).</summary>
internal sealed class ScancodeText
{
    private const string Plain = "\0\u001b1234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
    private const string Shifted = "\0\u001b!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";
    private const int LeftShift = 0x2A;
    private const int RightShift = 0x36;

    private bool _shift;

    /// <summary>The character a key press gives, or null for keys that type nothing.</summary>
    public char? KeyDown(int scancode)
    {
        if (scancode is LeftShift or RightShift)
        {
            _shift = true;
            return null;
        }

        if (scancode >= Plain.Length)
        {
            return null;
        }

        var c = (_shift ? Shifted : Plain)[scancode];
        return c == '\0' ? null : c;
    }

    public void KeyUp(int scancode)
    {
        if (scancode is LeftShift or RightShift)
        {
            _shift = false;
        }
    }
}
