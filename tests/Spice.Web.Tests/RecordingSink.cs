using Spice.Server;

namespace Spice.Web.Tests;

/// <summary>Every input event the server received, as short strings ("down 30", "press Left", "pos 10,20").</summary>
internal sealed class RecordingSink : ISpiceInputSink
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

    public void KeyDown(int scancode) => Add($"down {scancode:x}");

    public void KeyUp(int scancode) => Add($"up {scancode:x}");

    public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons) => Add($"motion {dx},{dy}");

    public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId) => Add($"pos {x},{y}");

    public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons) => Add($"press {button}");

    public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons) => Add($"release {button}");

    /// <summary>Waits until <paramref name="done"/> holds for the events so far; returns them either way.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(Func<IReadOnlyList<string>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Events) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Events;
    }

    private void Add(string e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }
}
