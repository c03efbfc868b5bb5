using Spice.Server;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>Records every input event as a line of text, then hands it on (to the demo desktop).</summary>
internal sealed class RecordingSink(ISpiceInputSink next) : ISpiceInputSink
{
    private readonly List<string> _events = [];

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void KeyDown(int scancode)
    {
        Add($"down {scancode}");
        next.KeyDown(scancode);
    }

    public void KeyUp(int scancode)
    {
        Add($"up {scancode}");
        next.KeyUp(scancode);
    }

    public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons)
    {
        Add($"motion {dx} {dy}");
        next.MouseMotion(dx, dy, buttons);
    }

    public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId)
    {
        Add($"position {x} {y} {displayId}");
        next.MousePosition(x, y, buttons, displayId);
    }

    public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons)
    {
        Add($"press {button}");
        next.MousePress(button, buttons);
    }

    public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons)
    {
        Add($"release {button}");
        next.MouseRelease(button, buttons);
    }

    /// <summary>Waits (bounded) until the recorded events satisfy <paramref name="condition"/>.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<string>, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Events))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    private void Add(string e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }
}
