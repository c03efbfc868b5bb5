using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_MSG_CURSOR_INVAL_ONE.</summary>
public sealed record CursorInvalOne : ISpiceMessage<CursorInvalOne>
{
    public ushort MessageType => (ushort)CursorMessageType.InvalOne;

    public ulong Id { get; init; }

    public static CursorInvalOne Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CursorInvalOne>(body);

    public static CursorInvalOne Read(ref SpiceReader r)
    {
        var id = r.ReadUInt64();
        return new CursorInvalOne { Id = id };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(Id);
    }
}
