using Microsoft.Extensions.Logging;
using Spice.Client.Connection;
using Spice.Client.Input;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Inputs;

namespace Spice.Client.Channels;

/// <summary>Keyboard and mouse: key down/up as set-1 scancodes, modifiers, relative motion, absolute position, buttons.</summary>
public sealed class InputsChannel : SpiceChannel
{
    private MouseButtonMask _buttons;

    internal InputsChannel(LinkedStream link, ILogger logger) : base(link, logger)
    {
        On(InputsMessageType.Init, OnInit);
        On(InputsMessageType.KeyModifiers, OnKeyModifiers);
        On(InputsMessageType.MouseMotionAck, static (_, _) => ValueTask.CompletedTask);
    }

    internal static Capabilities ClientCaps() => new Capabilities().Set(InputsCapability.KeyScancode);

    /// <summary>Lock-key state the server last reported.</summary>
    public KeyboardModifierFlags Modifiers { get; private set; }

    /// <summary>Buttons currently held, as sent with every mouse message.</summary>
    public MouseButtonMask Buttons => _buttons;

    public Task SendKeyAsync(ushort scancode, bool down, CancellationToken cancellationToken = default)
    {
        var code = Scancode.ToKeyCode(scancode, down);
        return down
            ? SendAsync(new KeyDown { Code = code }, cancellationToken)
            : SendAsync(new KeyUp { Code = code }, cancellationToken);
    }

    /// <summary>A press and release; one key-scancode message when the server supports it.</summary>
    public async Task TapKeyAsync(ushort scancode, CancellationToken cancellationToken = default)
    {
        if (ServerChannelCaps.Has(InputsCapability.KeyScancode))
        {
            await SendAsync(new KeyScancode { Data = Scancode.PressAndRelease(scancode) }, cancellationToken).ConfigureAwait(false);
            return;
        }

        await SendKeyAsync(scancode, down: true, cancellationToken).ConfigureAwait(false);
        await SendKeyAsync(scancode, down: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Types ASCII text as a US keyboard would, holding Shift where needed; newline is Enter.</summary>
    public async Task TypeTextAsync(string text, TimeSpan delayBetweenKeys = default, CancellationToken cancellationToken = default)
    {
        foreach (var stroke in UsKeyboardLayout.ToStrokes(text))
        {
            if (stroke.Shift)
            {
                await SendKeyAsync(Scancode.LeftShift, down: true, cancellationToken).ConfigureAwait(false);
            }

            await SendKeyAsync(stroke.Scancode, down: true, cancellationToken).ConfigureAwait(false);
            await SendKeyAsync(stroke.Scancode, down: false, cancellationToken).ConfigureAwait(false);
            if (stroke.Shift)
            {
                await SendKeyAsync(Scancode.LeftShift, down: false, cancellationToken).ConfigureAwait(false);
            }

            if (delayBetweenKeys > TimeSpan.Zero)
            {
                await Task.Delay(delayBetweenKeys, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task SetModifiersAsync(KeyboardModifierFlags modifiers, CancellationToken cancellationToken = default) =>
        SendAsync(new KeyModifiers { Modifiers = modifiers }, cancellationToken);

    /// <summary>Relative motion (server mouse mode).</summary>
    public Task MoveMouseAsync(int dx, int dy, CancellationToken cancellationToken = default) =>
        SendAsync(new MouseMotion { Dx = dx, Dy = dy, ButtonsState = _buttons }, cancellationToken);

    /// <summary>Absolute position on a display (client mouse mode).</summary>
    public Task SetMousePositionAsync(uint x, uint y, byte displayId = 0, CancellationToken cancellationToken = default) =>
        SendAsync(new MousePosition { X = x, Y = y, ButtonsState = _buttons, DisplayId = displayId }, cancellationToken);

    public Task PressButtonAsync(MouseButton button, CancellationToken cancellationToken = default)
    {
        _buttons |= MaskOf(button);
        return SendAsync(new MousePress { Button = button, ButtonsState = _buttons }, cancellationToken);
    }

    public Task ReleaseButtonAsync(MouseButton button, CancellationToken cancellationToken = default)
    {
        _buttons &= ~MaskOf(button);
        return SendAsync(new MouseRelease { Button = button, ButtonsState = _buttons }, cancellationToken);
    }

    /// <summary>One wheel notch: a press and release of the up or down button, as SPICE models the wheel.</summary>
    public async Task ScrollAsync(bool up, CancellationToken cancellationToken = default)
    {
        var button = up ? MouseButton.Up : MouseButton.Down;
        await PressButtonAsync(button, cancellationToken).ConfigureAwait(false);
        await ReleaseButtonAsync(button, cancellationToken).ConfigureAwait(false);
    }

    private static MouseButtonMask MaskOf(MouseButton button) => button switch
    {
        MouseButton.Left => MouseButtonMask.Left,
        MouseButton.Middle => MouseButtonMask.Middle,
        MouseButton.Right => MouseButtonMask.Right,
        MouseButton.Up => MouseButtonMask.Up,
        MouseButton.Down => MouseButtonMask.Down,
        MouseButton.Side => MouseButtonMask.Side,
        MouseButton.Extra => MouseButtonMask.Extra,
        _ => MouseButtonMask.None,
    };

    private ValueTask OnInit(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Modifiers = InputsInit.Read(body).KeyboardModifiers;
        return ValueTask.CompletedTask;
    }

    private ValueTask OnKeyModifiers(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Modifiers = InputsKeyModifiers.Read(body).Modifiers;
        return ValueTask.CompletedTask;
    }
}
