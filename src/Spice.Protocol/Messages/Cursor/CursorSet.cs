using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Display;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_MSG_CURSOR_SET.</summary>
public sealed record CursorSet : ISpiceMessage<CursorSet>
{
    public ushort MessageType => (ushort)CursorMessageType.Set;

    public Point16 Position { get; init; }

    public byte Visible { get; init; }

    public SpiceCursor Cursor { get; init; } = new();

    public static CursorSet Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CursorSet>(body);

    public static CursorSet Read(ref SpiceReader r)
    {
        var position = Point16.Read(ref r);
        var visible = r.ReadByte();
        var cursor = SpiceCursor.Read(ref r);
        return new CursorSet { Position = position, Visible = visible, Cursor = cursor };
    }

    public void Write(SpiceWriter w)
    {
        Position.Write(w);
        w.WriteByte(Visible);
        Cursor.Write(w);
    }
}
