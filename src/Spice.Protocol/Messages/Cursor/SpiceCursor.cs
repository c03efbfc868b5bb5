using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Cursor;

/// <summary>
/// SpiceCursor: flags; the header unless CursorFlags.None is set; then the shape bytes up to
/// the end of the message (so it must be the last field of its message).
/// </summary>
public sealed record SpiceCursor
{
    public CursorFlags Flags { get; init; }

    public CursorHeader Header { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public bool HasHeader => (Flags & CursorFlags.None) == 0;

    public static SpiceCursor Read(ref SpiceReader r)
    {
        var flags = (CursorFlags)r.ReadUInt16();
        var header = (flags & CursorFlags.None) == 0 ? CursorHeader.Read(ref r) : default;
        return new SpiceCursor { Flags = flags, Header = header, Data = r.ReadRemainingMemory() };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)Flags);
        if (HasHeader)
        {
            Header.Write(w);
        }

        w.WriteBytes(Data.Span);
    }
}
