using Spice.Client.Channels;
using Spice.Client.Display;

namespace Spice.Client;

public sealed partial class SpiceSession
{
    /// <summary>How often settling is checked.</summary>
    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How long "settled" must keep holding: a process starved of CPU for a second sees no draws
    /// in that second and would otherwise call a busy screen quiet before reading the backlog.
    /// </summary>
    private const long SettleConfirm = 300;

    /// <summary>
    /// Waits until the first display has a primary surface and it and every other display with one
    /// have stayed settled (see <see cref="DisplayChannel.IsSettled"/>) for a few polls in a row; returns false when
    /// <paramref name="timeout"/> ran out first.
    /// </summary>
    /// <exception cref="IOException">The session closed while waiting.</exception>
    public async Task<bool> WaitForDisplaySettledAsync(TimeSpan quiet, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        long? settledSince = null;
        while (true)
        {
            if (Closed.IsCompleted)
            {
                var error = await Closed.ConfigureAwait(false);
                throw new IOException($"the server closed the session{(error is null ? string.Empty : ": " + error.Message)}", error);
            }

            if (_displays.Count > 0 && _displays[0].IsSettled(quiet) && _displays.All(d => !d.HasPrimary || d.IsSettled(quiet)))
            {
                settledSince ??= Environment.TickCount64;
                if (Environment.TickCount64 - settledSince >= SettleConfirm)
                {
                    return true;
                }
            }
            else
            {
                settledSince = null;
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

    /// <summary>
    /// How many monitors <see cref="CaptureMonitor"/> knows of now: with several display channels
    /// one per channel, otherwise the heads of the first display's monitors-config (one
    /// when it sent none but has a primary).
    /// </summary>
    public int MonitorCount
    {
        get
        {
            if (_displays.Count > 1)
            {
                return _displays.Count;
            }

            if (_displays.Count == 0 || !_displays[0].HasPrimary)
            {
                return 0;
            }

            return Math.Max(1, _displays[0].Monitors.Count);
        }
    }

    /// <summary>Raised (on a display read loop) when pixels of any display changed.</summary>
    public event EventHandler<DisplayChannel>? DisplayInvalidated;

    private void WireDisplay(DisplayChannel display)
    {
        display.Invalidated += (_, _) => DisplayInvalidated?.Invoke(this, display);
        WireTiming(display);
    }
}
