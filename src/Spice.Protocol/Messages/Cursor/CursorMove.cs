using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Display;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_MSG_CURSOR_MOVE.</summary>
public sealed record CursorMove : ISpiceMessage<CursorMove>
{
    public ushort MessageType => (ushort)CursorMessageType.Move;

    public Point16 Position { get; init; }

    public static CursorMove Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CursorMove>(body);

    public static CursorMove Read(ref SpiceReader r)
    {
        var position = Point16.Read(ref r);
        return new CursorMove { Position = position };
    }

    public void Write(SpiceWriter w)
    {
        Position.Write(w);
    }
}
