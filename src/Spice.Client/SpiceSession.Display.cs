using Spice.Client.Channels;
using Spice.Client.Display;

namespace Spice.Client;

public sealed partial class SpiceSession
{
    /// <summary>How often settling is checked.</summary>
    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Waits until the first display has a primary surface and every display with one has had
    /// nothing but negligible redraws for <paramref name="quiet"/>; returns false when
    /// <paramref name="timeout"/> ran out first.
    /// </summary>
    /// <exception cref="IOException">The session closed while waiting.</exception>
    public async Task<bool> WaitForDisplaySettledAsync(TimeSpan quiet, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            if (Closed.IsCompleted)
            {
                var error = await Closed.ConfigureAwait(false);
                throw new IOException($"the server closed the session{(error is null ? string.Empty : ": " + error.Message)}", error);
            }

            if (_displays.Count > 0 && _displays[0].IsSettled(quiet) && _displays.All(d => !d.HasPrimary || d.IsSettled(quiet)))
            {
                return true;
            }

            if (Environment.TickCount64 >= deadline)
            {
                return false;
            }

            await Task.Delay(SettlePoll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A copy of monitor <paramref name="monitor"/>: with several display channels (one head each, as
    /// QEMU does with several QXL devices) the Nth channel's primary; otherwise head N of the first
    /// display's monitors-config. Null when that monitor has nothing on screen.
    /// </summary>
    public DisplaySnapshot? CaptureMonitor(int monitor = 0)
    {
        if (_displays.Count == 0)
        {
            return null;
        }

        if (_displays.Count > 1)
        {
            return monitor < _displays.Count ? _displays[monitor].Capture(0) : null;
        }

        return _displays[0].Capture(monitor);
    }

    /// <summary>Raised (on a display read loop) when pixels of any display changed.</summary>
    public event EventHandler<DisplayChannel>? DisplayInvalidated;

    private void WireDisplay(DisplayChannel display) =>
        display.Invalidated += (_, _) => DisplayInvalidated?.Invoke(this, display);
}
