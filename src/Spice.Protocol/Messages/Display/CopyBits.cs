using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_COPY_BITS: copy within the surface from SrcPos to Base.Box.</summary>
public sealed record CopyBits : ISpiceMessage<CopyBits>
{
    public ushort MessageType => (ushort)DisplayMessageType.CopyBits;

    public DisplayBase Base { get; init; } = new();

    public Point SrcPos { get; init; }

    public static CopyBits Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<CopyBits>(body);

    public static CopyBits Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcPos = Point.Read(ref r);
        return new CopyBits { Base = @base, SrcPos = srcPos };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        SrcPos.Write(w);
    }
}
