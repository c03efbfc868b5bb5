using Spice.Client.Input;

namespace Spice.Client.Tests;

public sealed class ScancodeTests
{
    [Theory]
    [InlineData(0x1E, true, 0x1Eu)]
    [InlineData(0x1E, false, 0x9Eu)]
    [InlineData(Scancode.Up, true, 0x48E0u)]
    [InlineData(Scancode.Up, false, 0xC8E0u)]
    [InlineData(Scancode.RightCtrl, true, 0x1DE0u)]
    public void KeyCodes(ushort scancode, bool down, uint expected) => Assert.Equal(expected, Scancode.ToKeyCode(scancode, down));

    [Fact]
    public void PressAndReleaseBytes()
    {
        Assert.Equal(new byte[] { 0x1C, 0x9C }, Scancode.PressAndRelease(Scancode.Enter));
        Assert.Equal(new byte[] { 0xE0, 0x53, 0xE0, 0xD3 }, Scancode.PressAndRelease(Scancode.Delete));
    }

    [Theory]
    [InlineData('a', 0x1E, false)]
    [InlineData('A', 0x1E, true)]
    [InlineData('z', 0x2C, false)]
    [InlineData('1', 0x02, false)]
    [InlineData('0', 0x0B, false)]
    [InlineData(')', 0x0B, true)]
    [InlineData('!', 0x02, true)]
    [InlineData('-', 0x0C, false)]
    [InlineData('_', 0x0C, true)]
    [InlineData('`', 0x29, false)]
    [InlineData('~', 0x29, true)]
    [InlineData('\\', 0x2B, false)]
    [InlineData('|', 0x2B, true)]
    [InlineData('/', 0x35, false)]
    [InlineData('?', 0x35, true)]
    [InlineData('"', 0x28, true)]
    [InlineData(' ', 0x39, false)]
    [InlineData('\t', 0x0F, false)]
    [InlineData('\n', 0x1C, false)]
    public void UsLayout(char c, ushort scancode, bool shift)
    {
        Assert.True(UsKeyboardLayout.TryGetStroke(c, out var stroke));
        Assert.Equal(new KeyStroke(scancode, shift), stroke);
    }

    [Fact]
    public void EveryPrintableAsciiIsTypeable()
    {
        for (var c = ' '; c <= '~'; c++)
        {
            Assert.True(UsKeyboardLayout.TryGetStroke(c, out _), $"'{c}'");
        }
    }

    [Fact]
    public void CrLfIsOneEnter()
    {
        var strokes = UsKeyboardLayout.ToStrokes("a\r\nb");
        Assert.Equal([new(0x1E, false), new(Scancode.Enter, false), new(0x30, false)], strokes);
    }

    [Fact]
    public void NonAsciiRejected() => Assert.Throws<ArgumentException>(() => UsKeyboardLayout.ToStrokes("é"));
}
