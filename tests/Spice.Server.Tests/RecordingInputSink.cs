namespace Spice.Server.Tests;

/// <summary>Every input event the server hands to its sink, as short text ("down 28", "pos 10,20 Left", "press WheelUp"), in order.</summary>
internal sealed class RecordingInputSink : ISpiceInputSink
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

    public void KeyDown(int scancode) => Add($"down {scancode}");

    public void KeyUp(int scancode) => Add($"up {scancode}");

    public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons) => Add($"motion {dx},{dy} {buttons}");

    public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId) => Add($"pos {x},{y} {buttons}");

    public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons) => Add($"press {button}");

    public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons) => Add($"release {button}");

    /// <summary>Waits until <paramref name="done"/> holds for the events so far, or <paramref name="timeout"/> passes; returns them either way.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(Func<IReadOnlyList<string>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Events) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
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
