namespace Spice.Client.Cursor;

/// <summary>The cursor's state after a change: shape (null when the server sent none), position, visibility.</summary>
public sealed class CursorEventArgs(CursorShape? shape, int x, int y, bool visible) : EventArgs
{
    public CursorShape? Shape { get; } = shape;

    public int X { get; } = x;

    public int Y { get; } = y;

    public bool Visible { get; } = visible;
}
