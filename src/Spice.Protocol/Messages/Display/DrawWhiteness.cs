using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_WHITENESS.</summary>
public sealed record DrawWhiteness : ISpiceMessage<DrawWhiteness>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawWhiteness;

    public DisplayBase Base { get; init; } = new();

    public QMask Mask { get; init; } = new();

    public static DrawWhiteness Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawWhiteness>(body);

    public static DrawWhiteness Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var mask = QMask.Read(ref r);
        return new DrawWhiteness { Base = @base, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        Mask.Write(w);
    }
}
