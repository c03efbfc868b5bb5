using System.Reflection;
using Spice.Client.Canvas;
using Spice.Client.Channels;

namespace Spice.Server.Tests.Streams;

/// <summary>
/// Counts what our client's canvas does with video streams. The session does not expose its canvas,
/// so the watcher reaches the display channel's private one; a rename there fails these tests loudly.
/// </summary>
internal sealed class StreamWatcher
{
    private readonly Lock _gate = new();
    private int _created;
    private int _destroyed;
    private int _frames;
    private bool _clipped;

    public StreamWatcher(DisplayChannel display)
    {
        var field = typeof(DisplayChannel).GetField("_canvas", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("the client's display channel no longer keeps its canvas in _canvas");
        var canvas = (DisplayCanvas)field.GetValue(display)!;
        canvas.StreamChanged += (stream, created) =>
        {
            lock (_gate)
            {
                if (created)
                {
                    _created++;
                }
                else
                {
                    _destroyed++;
                }
            }
        };
        canvas.StreamFrameDrawn += frame =>
        {
            lock (_gate)
            {
                _frames++;
                _clipped |= frame.Stream.HasClip;
                LastFramesDrawn = frame.Stream.FramesDrawn;
                LastStreamDest = frame.Stream.Dest;
            }
        };
    }

    public int Created => Read(() => _created);

    public int Destroyed => Read(() => _destroyed);

    public int Frames => Read(() => _frames);

    public bool SawClip => Read(() => _clipped);

    public long LastFramesDrawn { get; private set; }

    public CanvasRect LastStreamDest { get; private set; }

    public async Task<bool> WaitAsync(Func<StreamWatcher, bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
