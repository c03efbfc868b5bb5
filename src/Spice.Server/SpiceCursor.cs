namespace Spice.Server;

/// <summary>
/// The pointer every client sees: an alpha cursor shape (32-bit B,G,R,A, straight alpha),
/// its position on the display and whether it shows. Changes merge: a client that is slow to
/// read gets the latest state, not every step.
/// </summary>
public sealed class SpiceCursor
{
    private readonly Lock _gate = new();
    private CursorShape? _shape;
    private int _x;
    private int _y;
    private bool _visible = true;
    private long _version;

    internal event Action? Changed;

    public void SetShape(ReadOnlySpan<byte> bgra, int width, int height, int hotSpotX, int hotSpotY)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 512);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 512);
        if (bgra.Length < width * height * 4)
        {
            throw new ArgumentException("fewer pixels than width x height", nameof(bgra));
        }

        var shape = new CursorShape(bgra[..(width * height * 4)].ToArray(), width, height, hotSpotX, hotSpotY, (ulong)Interlocked.Increment(ref s_unique));
        lock (_gate)
        {
            _shape = shape;
            _visible = true;
            _version++;
        }

        Changed?.Invoke();
    }

    public void Move(int x, int y)
    {
        lock (_gate)
        {
            _x = x;
            _y = y;
            _version++;
        }

        Changed?.Invoke();
    }

    public void Hide() => SetVisible(false);

    public void Show() => SetVisible(true);

    internal CursorState Snapshot()
    {
        lock (_gate)
        {
            return new CursorState(_shape, _x, _y, _visible && _shape is not null, _version);
        }
    }

    private void SetVisible(bool visible)
    {
        lock (_gate)
        {
            _visible = visible;
            _version++;
        }

        Changed?.Invoke();
    }

    private static long s_unique;
}

internal sealed record CursorShape(byte[] Pixels, int Width, int Height, int HotSpotX, int HotSpotY, ulong Unique);

internal readonly record struct CursorState(CursorShape? Shape, int X, int Y, bool Visible, long Version);
