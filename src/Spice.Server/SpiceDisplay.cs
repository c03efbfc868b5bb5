using System.Drawing;

namespace Spice.Server;

/// <summary>
/// The desktop the server shows: a 32-bit B,G,R,A framebuffer the embedder draws into.
/// Draw under <see cref="Lock"/> (or with <see cref="Write"/>), then say what changed with
/// <see cref="Invalidate"/>; each client gets the changed areas at its own pace, encoded when
/// they can be sent, so a slow client's updates merge instead of piling up.
/// </summary>
public sealed partial class SpiceDisplay
{
    private readonly Lock _gate = new();
    private IDisplayObserver[] _observers = [];
    private byte[] _pixels;
    private Rectangle? _videoHint;

    public SpiceDisplay(int width, int height)
    {
        CheckSize(width, height);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 4];
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public int Stride => Width * 4;

    public Rectangle Bounds => new(0, 0, Width, Height);

    /// <summary>Holds the framebuffer still while the caller draws; dispose to let clients read it.</summary>
    public SpiceFrameBuffer Lock() => new(_gate.EnterScope(), _pixels, Width, Height);

    /// <summary>Copies <paramref name="bgra"/> into <paramref name="area"/> and marks it changed.</summary>
    public void Write(ReadOnlySpan<byte> bgra, int sourceStride, Rectangle area)
    {
        lock (_gate)
        {
            var clipped = Rectangle.Intersect(area, Bounds);
            if (clipped.IsEmpty)
            {
                return;
            }

            var rowBytes = clipped.Width * 4;
            for (var y = 0; y < clipped.Height; y++)
            {
                var from = ((clipped.Y - area.Y + y) * sourceStride) + ((clipped.X - area.X) * 4);
                bgra.Slice(from, rowBytes).CopyTo(_pixels.AsSpan(((clipped.Y + y) * Stride) + (clipped.X * 4), rowBytes));
            }

            Notify(clipped);
        }
    }

    /// <summary>Marks <paramref name="area"/> as changed for every client.</summary>
    public void Invalidate(Rectangle area)
    {
        lock (_gate)
        {
            var clipped = Rectangle.Intersect(area, Bounds);
            if (!clipped.IsEmpty)
            {
                Notify(clipped);
            }
        }
    }

    public void InvalidateAll() => Invalidate(Bounds);

    /// <summary>
    /// Changes the desktop size: every client gets the surface destroyed and created anew, a
    /// monitors config and a full redraw. The top-left part of the old picture is kept.
    /// </summary>
    public void Resize(int width, int height)
    {
        CheckSize(width, height);
        lock (_gate)
        {
            var pixels = new byte[width * height * 4];
            var rows = Math.Min(height, Height);
            var rowBytes = Math.Min(width, Width) * 4;
            for (var y = 0; y < rows; y++)
            {
                _pixels.AsSpan(y * Stride, rowBytes).CopyTo(pixels.AsSpan(y * width * 4));
            }

            _pixels = pixels;
            Width = width;
            Height = height;
            foreach (var observer in _observers)
            {
                observer.Resized(width, height);
            }
        }
    }

    /// <summary>
    /// Moves the pixels of <paramref name="source"/> so its top-left lands on <paramref name="destination"/>
    /// (a scroll or a window move). Clients whose copy of the source is up to date get a COPY_BITS
    /// instead of the pixels.
    /// </summary>
    public void CopyRect(Rectangle source, Point destination)
    {
        lock (_gate)
        {
            var dx = destination.X - source.X;
            var dy = destination.Y - source.Y;
            var reachable = Bounds;
            reachable.Offset(-dx, -dy);
            var src = Rectangle.Intersect(Rectangle.Intersect(source, Bounds), reachable);
            var dst = src;
            dst.Offset(dx, dy);
            if (src.IsEmpty || dst.IsEmpty)
            {
                return;
            }

            MovePixels(src, dst.Location);
            foreach (var observer in _observers)
            {
                observer.Copied(src, dst.Location);
            }
        }
    }

    /// <summary>
    /// Declares <paramref name="area"/> as video (a player's picture): clients that decode MJPEG get it
    /// as a stream from its next change on, without waiting for the rate to be detected. Null ends
    /// it; the area then gets one lossless redraw.
    /// </summary>
    public void SetVideoHint(Rectangle? area)
    {
        lock (_gate)
        {
            var previous = _videoHint;
            _videoHint = area is { } a && Rectangle.Intersect(a, Bounds) is { IsEmpty: false } clipped ? clipped : null;
            if (previous is { } old && old != _videoHint)
            {
                Notify(Rectangle.Intersect(old, Bounds));
            }

            if (_videoHint is { } hint)
            {
                Notify(hint);
            }
        }
    }

    /// <summary>The embedder's video area; read only under <see cref="Gate"/>.</summary>
    internal Rectangle? VideoHintUnderGate => _videoHint;

    internal void Subscribe(IDisplayObserver observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers, observer];
            observer.Resized(Width, Height);
        }
    }

    internal void Unsubscribe(IDisplayObserver observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
        }
    }

    /// <summary>Held while a client's update is taken, so the observers' view and the pixels agree.</summary>
    internal Lock Gate => _gate;

    /// <summary>The current pixels; read only under <see cref="Gate"/>.</summary>
    internal byte[] PixelsUnderGate => _pixels;

    private void MovePixels(Rectangle src, Point dst)
    {
        var rowBytes = src.Width * 4;
        var downward = dst.Y > src.Y;
        for (var i = 0; i < src.Height; i++)
        {
            var row = downward ? src.Height - 1 - i : i;
            var from = _pixels.AsSpan(((src.Y + row) * Stride) + (src.X * 4), rowBytes);
            var to = _pixels.AsSpan(((dst.Y + row) * Stride) + (dst.X * 4), rowBytes);
            from.CopyTo(to);
        }
    }

    private void Notify(Rectangle area)
    {
        foreach (var observer in _observers)
        {
            observer.Invalidated(area);
        }
    }

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 16384);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 16384);
    }
}

/// <summary>What a client's display state hears from the <see cref="SpiceDisplay"/>, under its lock.</summary>
internal interface IDisplayObserver
{
    void Invalidated(Rectangle area);

    void Resized(int width, int height);

    void Copied(Rectangle source, Point destination);
}
