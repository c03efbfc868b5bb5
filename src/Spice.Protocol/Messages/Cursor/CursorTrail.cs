using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_MSG_CURSOR_TRAIL.</summary>
public sealed record CursorTrail : ISpiceMessage<CursorTrail>
{
    public ushort MessageType => (ushort)CursorMessageType.Trail;

    public ushort Length { get; init; }

    public ushort Frequency { get; init; }

    public static CursorTrail Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CursorTrail>(body);

    public static CursorTrail Read(ref SpiceReader r)
    {
        var length = r.ReadUInt16();
        var frequency = r.ReadUInt16();
        return new CursorTrail { Length = length, Frequency = frequency };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16(Length);
        w.WriteUInt16(Frequency);
    }
}
