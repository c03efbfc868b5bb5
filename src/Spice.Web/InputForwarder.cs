using Microsoft.Extensions.Logging;
using Spice.Client;
using Spice.Client.Agent;
using Spice.Protocol;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;

namespace Spice.Web;

/// <summary>
/// Turns what the pages send into SPICE input: one at a time for the whole session, so presses
/// from two browsers do not interleave inside the inputs channel's button state. Window sizes go
/// to the guest agent, the latest one winning.
/// </summary>
internal sealed class InputForwarder(SpiceSession session, WebViewerOptions options, ILogger logger) : IDisposable
{
    /// <summary>A guest that has not answered a monitors config by then is asked again with the next resize.</summary>
    private static readonly TimeSpan ResizeTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _serial = new(1, 1);
    private readonly Lock _resizeGate = new();
    private (int Width, int Height)? _pendingResize;
    private bool _resizing;

    /// <summary>Forwards one input; <paramref name="held"/> is the page's set of pressed scancodes, kept so they can be released when it goes.</summary>
    public async Task HandleAsync(ViewerInput input, HashSet<ushort> held, CancellationToken cancellationToken)
    {
        if (input.Kind == ViewerInputKind.Resize)
        {
            RequestResize(input.X, input.Y);
            return;
        }

        var inputs = session.Inputs;
        if (inputs is null || session.Closed.IsCompleted)
        {
            return;
        }

        await _serial.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            switch (input.Kind)
            {
                case ViewerInputKind.Key:
                    var scancode = KeyCodeMap.Find(input.Code);
                    if (scancode == 0)
                    {
                        WebLog.UnknownKey(logger, input.Code);
                        return;
                    }

                    if (input.Down)
                    {
                        held.Add(scancode);
                    }
                    else
                    {
                        held.Remove(scancode);
                    }

                    await inputs.SendKeyAsync(scancode, input.Down, cancellationToken).ConfigureAwait(false);
                    break;
                case ViewerInputKind.Move when session.CurrentMouseMode == MouseMode.Client:
                    await inputs.SetMousePositionAsync((uint)Math.Max(0, input.X), (uint)Math.Max(0, input.Y), 0, cancellationToken).ConfigureAwait(false);
                    break;
                case ViewerInputKind.Move when input.Dx != 0 || input.Dy != 0:
                    await inputs.MoveMouseAsync(input.Dx, input.Dy, cancellationToken).ConfigureAwait(false);
                    break;
                case ViewerInputKind.Button when ButtonOf(input.Button) is { } button:
                    await (input.Down ? inputs.PressButtonAsync(button, cancellationToken) : inputs.ReleaseButtonAsync(button, cancellationToken)).ConfigureAwait(false);
                    break;
                case ViewerInputKind.Wheel when input.Dy != 0:
                    await inputs.ScrollAsync(input.Dy < 0, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SpiceProtocolException)
        {
            WebLog.InputDropped(logger, input.Kind, e.Message);
        }
        finally
        {
            _serial.Release();
        }
    }

    /// <summary>Releases every key a page still holds (it closed, or lost focus without sending key-ups).</summary>
    public async Task ReleaseAsync(HashSet<ushort> held, CancellationToken cancellationToken)
    {
        foreach (var scancode in held.ToArray())
        {
            held.Remove(scancode);
            if (session.Inputs is { } inputs && !session.Closed.IsCompleted)
            {
                await SendKeyUpAsync(inputs, scancode, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SendKeyUpAsync(Client.Channels.InputsChannel inputs, ushort scancode, CancellationToken cancellationToken)
    {
        await _serial.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await inputs.SendKeyAsync(scancode, down: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SpiceProtocolException)
        {
            WebLog.InputDropped(logger, ViewerInputKind.Key, e.Message);
        }
        finally
        {
            _serial.Release();
        }
    }

    private static MouseButton? ButtonOf(int domButton) => domButton switch
    {
        0 => MouseButton.Left,
        1 => MouseButton.Middle,
        2 => MouseButton.Right,
        3 => MouseButton.Side,
        4 => MouseButton.Extra,
        _ => null,
    };

    private void RequestResize(int width, int height)
    {
        if (!options.ResizeGuest || width <= 0 || height <= 0 || !session.Agent.IsConnected)
        {
            return;
        }

        lock (_resizeGate)
        {
            _pendingResize = (width, height);
            if (_resizing)
            {
                return;
            }

            _resizing = true;
        }

        _ = Task.Run(ResizeLoopAsync);
    }

    /// <summary>One monitors config in flight at a time; sizes that arrive meanwhile collapse into the last.</summary>
    private async Task ResizeLoopAsync()
    {
        while (true)
        {
            (int Width, int Height) size;
            lock (_resizeGate)
            {
                if (_pendingResize is not { } next)
                {
                    _resizing = false;
                    return;
                }

                size = next;
                _pendingResize = null;
            }

            using var timeout = new CancellationTokenSource(ResizeTimeout);
            try
            {
                await session.Agent.RequestMonitorsConfigAsync([new MonitorLayout(size.Width, size.Height)], timeout.Token).ConfigureAwait(false);
                WebLog.GuestResized(logger, size.Width, size.Height);
            }
            catch (Exception e) when (e is AgentException or IOException or ObjectDisposedException or OperationCanceledException or ArgumentOutOfRangeException)
            {
                WebLog.ResizeFailed(logger, size.Width, size.Height, e.Message);
            }
        }
    }

    public void Dispose() => _serial.Dispose();
}
