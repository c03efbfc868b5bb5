using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The cursor channel: INIT with the current shape, then SET when the shape changes or the
/// cursor reappears, MOVE when it moves and HIDE when it goes. It sends the latest state, so a
/// client that reads slowly skips positions instead of queueing them.
/// </summary>
internal sealed class CursorChannel : ChannelConnection
{
    private const byte CursorTypeAlpha = 0;
    private const ushort FlagsNone = 1;

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

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body) =>
        ServerLog.UnknownMessage(Logger, Session.Id, Name, type);

    protected override void Produce(MessageBuilder builder, int messageBudget)
    {
        var now = _cursor.Snapshot();
        if (!_initSent)
        {
            builder.Begin((ushort)CursorMessageType.Init);
            WritePosition(builder, now);
            builder.WriteUInt16(0);
            builder.WriteUInt16(0);
            builder.WriteByte(now.Visible ? (byte)1 : (byte)0);
            WriteCursor(builder, now.Shape);
            builder.End();
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
                builder.Begin((ushort)CursorMessageType.Hide);
                builder.End();
            }
        }
        else if (!_sent.Visible || !ReferenceEquals(now.Shape, _sent.Shape))
        {
            builder.Begin((ushort)CursorMessageType.Set);
            WritePosition(builder, now);
            builder.WriteByte(1);
            WriteCursor(builder, now.Shape);
            builder.End();
        }
        else if (now.X != _sent.X || now.Y != _sent.Y)
        {
            builder.Begin((ushort)CursorMessageType.Move);
            WritePosition(builder, now);
            builder.End();
        }

        _sent = now;
    }

    private static void WritePosition(MessageBuilder b, CursorState state)
    {
        b.WriteInt16((short)Math.Clamp(state.X, short.MinValue, short.MaxValue));
        b.WriteInt16((short)Math.Clamp(state.Y, short.MinValue, short.MaxValue));
    }

    // Cursor { uint16 flags; [CursorHeader { uint64 unique; uint8 type; uint16 width, height,
    // hot_spot_x, hot_spot_y } unless NONE]; uint8 data[] to the end of the message }
    private static void WriteCursor(MessageBuilder b, CursorShape? shape)
    {
        if (shape is null)
        {
            b.WriteUInt16(FlagsNone);
            return;
        }

        b.WriteUInt16(0);
        b.WriteUInt64(shape.Unique);
        b.WriteByte(CursorTypeAlpha);
        b.WriteUInt16((ushort)shape.Width);
        b.WriteUInt16((ushort)shape.Height);
        b.WriteUInt16((ushort)shape.HotSpotX);
        b.WriteUInt16((ushort)shape.HotSpotY);
        b.WriteBytes(shape.Pixels);
    }
}
