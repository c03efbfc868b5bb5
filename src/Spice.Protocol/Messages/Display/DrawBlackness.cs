using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_BLACKNESS.</summary>
public sealed record DrawBlackness : ISpiceMessage<DrawBlackness>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawBlackness;

    public DisplayBase Base { get; init; } = new();

    public QMask Mask { get; init; } = new();

    public static DrawBlackness Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawBlackness>(body);

    public static DrawBlackness Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var mask = QMask.Read(ref r);
        return new DrawBlackness { Base = @base, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        Mask.Write(w);
    }
}
