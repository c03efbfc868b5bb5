using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Cursor;
using Spice.Protocol.Messages.Display;
using Spice.Server.Wire;
using WireCursor = Spice.Protocol.Messages.Cursor.SpiceCursor;

namespace Spice.Server.Channels;

/// <summary>
/// The cursor channel: INIT with the current shape, then SET when the shape changes or the
/// cursor reappears, MOVE when it moves and HIDE when it goes. It sends the latest state, so a
/// client that reads slowly skips positions instead of queueing them.
/// </summary>
internal sealed class CursorChannel : ChannelConnection
{
    private static readonly EmptyMessage Hide = new((ushort)CursorMessageType.Hide);
    private static readonly WireCursor NoCursor = new() { Flags = CursorFlags.None };

    private readonly SpiceCursor _cursor;
    private CursorState _sent;
    private bool _initSent;

    public CursorChannel(ChannelContext context) : base(context, ChannelType.Cursor, usesAcks: true)
    {
        _cursor = context.Server.Cursor;
    }

    protected override void OnStart()
    {
        _cursor.Changed += Signal;
        Signal();
    }

    protected override void OnClosed(string reason)
    {
        _cursor.Changed -= Signal;
        base.OnClosed(reason);
    }

    protected override void Produce(MessageBuilder builder, int messageBudget)
    {
        var now = _cursor.Snapshot();
        if (!_initSent)
        {
            builder.Add(new CursorInit { Position = Position(now), Visible = now.Visible ? (byte)1 : (byte)0, Cursor = Cursor(now.Shape) });
            _initSent = true;
            _sent = now;
            return;
        }

        if (now.Version == _sent.Version)
        {
            return;
        }

        if (!now.Visible)
        {
            if (_sent.Visible)
            {
                builder.Add(Hide);
            }
        }
        else if (!_sent.Visible || !ReferenceEquals(now.Shape, _sent.Shape))
        {
            builder.Add(new CursorSet { Position = Position(now), Visible = 1, Cursor = Cursor(now.Shape) });
        }
        else if (now.X != _sent.X || now.Y != _sent.Y)
        {
            builder.Add(new CursorMove { Position = Position(now) });
        }

        _sent = now;
    }

    private static Point16 Position(CursorState state) =>
        new((short)Math.Clamp(state.X, short.MinValue, short.MaxValue), (short)Math.Clamp(state.Y, short.MinValue, short.MaxValue));

    private static WireCursor Cursor(CursorShape? shape) => shape is null
        ? NoCursor
        : new WireCursor
        {
            Header = new CursorHeader(shape.Unique, CursorType.Alpha, (ushort)shape.Width, (ushort)shape.Height, (ushort)shape.HotSpotX, (ushort)shape.HotSpotY),
            Data = shape.Pixels,
        };
}
