using System.Drawing;

namespace Spice.Server;

/// <summary>
/// Several monitors on the one surface: each head is a rectangle of the framebuffer, and clients
/// get them in MONITORS_CONFIG (spice-gtk and remote-viewer show one window per head). Setting the
/// heads resizes the surface to hold them all; a plain <see cref="Resize"/> goes back to one head.
/// </summary>
public sealed partial class SpiceDisplay
{
    /// <summary>Heads at most in one layout (what clients are told may be enabled).</summary>
    public const int MaxMonitors = 16;

    private Rectangle[] _heads = [];

    /// <summary>The monitors, in order; one covering the whole surface unless <see cref="SetMonitors"/> said otherwise.</summary>
    public IReadOnlyList<Rectangle> Monitors
    {
        get
        {
            lock (_gate)
            {
                return MonitorsUnderGate;
            }
        }
    }

    /// <summary>The heads as the display channel sends them; read under <see cref="Gate"/>.</summary>
    internal IReadOnlyList<Rectangle> MonitorsUnderGate =>
        _heads.Length > 0 && BoundsOf(_heads) == new Size(Width, Height) ? _heads : [Bounds];

    /// <summary>
    /// Lays out the desktop as these monitors (positions at or right/below 0,0, no overlap required):
    /// the surface becomes their bounding box and every client gets it created anew with the heads.
    /// </summary>
    public void SetMonitors(IReadOnlyList<Rectangle> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        if (heads.Count is 0 or > MaxMonitors)
        {
            throw new ArgumentOutOfRangeException(nameof(heads), $"between 1 and {MaxMonitors} monitors");
        }

        if (heads.Any(h => h.X < 0 || h.Y < 0 || h.Width <= 0 || h.Height <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(heads), "monitors have a positive size and start at or after 0,0");
        }

        var size = BoundsOf(heads);
        lock (_gate)
        {
            _heads = [.. heads];
            Resize(size.Width, size.Height);
        }
    }

    private static Size BoundsOf(IReadOnlyList<Rectangle> heads) =>
        new(heads.Max(h => h.Right), heads.Max(h => h.Bottom));
}
