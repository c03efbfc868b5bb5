using System.Collections.Concurrent;
using Spice.Server;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>Writes down every input event the server hands to its sink, as text, in order.</summary>
internal sealed class RecordingInputSink : ISpiceInputSink
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void KeyDown(int scancode) => _events.Enqueue($"down {scancode:x}");

    public void KeyUp(int scancode) => _events.Enqueue($"up {scancode:x}");

    public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons) => _events.Enqueue($"motion {dx},{dy} {buttons}");

    public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId) => _events.Enqueue($"position {x},{y} {buttons} on {displayId}");

    public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons) => _events.Enqueue($"press {button} {buttons}");

    public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons) => _events.Enqueue($"release {button} {buttons}");

    /// <summary>Waits until at least <paramref name="count"/> events arrived; returns them all.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(int count)
    {
        var deadline = Environment.TickCount64 + (long)LoopbackServer.Patience.TotalMilliseconds;
        while (_events.Count < count && Environment.TickCount64 < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(100);
        return Events;
    }
}
