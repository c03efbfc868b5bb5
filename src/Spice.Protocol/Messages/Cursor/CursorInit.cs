using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Display;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_MSG_CURSOR_INIT.</summary>
public sealed record CursorInit : ISpiceMessage<CursorInit>
{
    public ushort MessageType => (ushort)CursorMessageType.Init;

    public Point16 Position { get; init; }

    public ushort TrailLength { get; init; }

    public ushort TrailFrequency { get; init; }

    public byte Visible { get; init; }

    public SpiceCursor Cursor { get; init; } = new();

    public static CursorInit Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CursorInit>(body);

    public static CursorInit Read(ref SpiceReader r)
    {
        var position = Point16.Read(ref r);
        var trailLength = r.ReadUInt16();
        var trailFrequency = r.ReadUInt16();
        var visible = r.ReadByte();
        var cursor = SpiceCursor.Read(ref r);
        return new CursorInit { Position = position, TrailLength = trailLength, TrailFrequency = trailFrequency, Visible = visible, Cursor = cursor };
    }

    public void Write(SpiceWriter w)
    {
        Position.Write(w);
        w.WriteUInt16(TrailLength);
        w.WriteUInt16(TrailFrequency);
        w.WriteByte(Visible);
        Cursor.Write(w);
    }
}
