using Microsoft.Extensions.Logging;
using Spice.Client.Connection;
using Spice.Client.Cursor;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Cursor;

namespace Spice.Client.Channels;

/// <summary>
/// The cursor channel: shapes (decoded by <see cref="CursorDecoder"/>), the cursor cache the server
/// fills with cache-me and empties with inval-one/inval-all, position, show and hide.
/// </summary>
public sealed class CursorChannel : SpiceChannel
{
    /// <summary>The server manages the cache through inval messages; this only stops a misbehaving one from growing it without end.</summary>
    private const int MaxCachedCursors = 1024;

    private readonly Dictionary<ulong, CursorShape> _cache = [];

    internal CursorChannel(LinkedStream link, ILogger logger) : base(link, logger)
    {
        On(CursorMessageType.Init, OnInit);
        On(CursorMessageType.Reset, OnReset);
        On(CursorMessageType.Set, OnSet);
        On(CursorMessageType.Move, OnMove);
        On(CursorMessageType.Hide, OnHide);
        On(CursorMessageType.Trail, static (_, _) => ValueTask.CompletedTask);
        On(CursorMessageType.InvalOne, OnInvalOne);
        On(CursorMessageType.InvalAll, OnInvalAll);
    }

    public CursorShape? Shape { get; private set; }

    public int X { get; private set; }

    public int Y { get; private set; }

    public bool Visible { get; private set; }

    internal int CachedCount => _cache.Count;

    /// <summary>Raised on the read loop whenever shape, position or visibility changes.</summary>
    public event EventHandler<CursorEventArgs>? Changed;

    private ValueTask OnInit(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var init = CursorInit.Read(body);
        _cache.Clear();
        Apply(init.Position, init.Visible != 0, init.Cursor);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnReset(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        _cache.Clear();
        Shape = null;
        Visible = false;
        Raise();
        return ValueTask.CompletedTask;
    }

    private ValueTask OnSet(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var set = CursorSet.Read(body);
        Apply(set.Position, set.Visible != 0, set.Cursor);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnMove(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var move = CursorMove.Read(body);
        X = move.Position.X;
        Y = move.Position.Y;
        Visible = true;
        Raise();
        return ValueTask.CompletedTask;
    }

    private ValueTask OnHide(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Visible = false;
        Raise();
        return ValueTask.CompletedTask;
    }

    private ValueTask OnInvalOne(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        _cache.Remove(CursorInvalOne.Read(body).Id);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnInvalAll(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        _cache.Clear();
        return ValueTask.CompletedTask;
    }

    private void Apply(Protocol.Messages.Display.Point16 position, bool visible, SpiceCursor cursor)
    {
        X = position.X;
        Y = position.Y;
        Visible = visible;
        Shape = Resolve(cursor);
        Raise();
    }

    private CursorShape? Resolve(SpiceCursor cursor)
    {
        if (!cursor.HasHeader)
        {
            return null;
        }

        if ((cursor.Flags & CursorFlags.FromCache) != 0)
        {
            if (_cache.TryGetValue(cursor.Header.Unique, out var cached))
            {
                return cached;
            }

            ClientLog.MessageDropped(Logger, Type, Id, $"cursor {cursor.Header.Unique:x} is not in the cache");
            return Shape;
        }

        CursorShape? shape;
        try
        {
            shape = CursorDecoder.Decode(cursor.Header, cursor.Data.Span);
        }
        catch (SpiceProtocolException e)
        {
            ClientLog.MessageDropped(Logger, Type, Id, e.Message);
            return Shape;
        }

        if (shape is null)
        {
            ClientLog.MessageDropped(Logger, Type, Id, $"{cursor.Header.Type} cursors are not rendered");
            return Shape;
        }

        if ((cursor.Flags & CursorFlags.CacheMe) != 0)
        {
            if (_cache.Count >= MaxCachedCursors)
            {
                _cache.Clear();
            }

            _cache[cursor.Header.Unique] = shape;
        }

        return shape;
    }

    private void Raise() => Changed?.Invoke(this, new CursorEventArgs(Shape, X, Y, Visible));
}
