using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_ALPHA_BLEND.</summary>
public sealed record DrawAlphaBlend : ISpiceMessage<DrawAlphaBlend>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawAlphaBlend;

    public DisplayBase Base { get; init; } = new();

    public AlphaFlags AlphaFlags { get; init; }

    public byte Alpha { get; init; }

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public static DrawAlphaBlend Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawAlphaBlend>(body);

    public static DrawAlphaBlend Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var alphaFlags = (AlphaFlags)r.ReadByte();
        var alpha = r.ReadByte();
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        return new DrawAlphaBlend { Base = @base, AlphaFlags = alphaFlags, Alpha = alpha, SrcBitmap = srcBitmap, SrcArea = srcArea };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WriteByte((byte)AlphaFlags);
        w.WriteByte(Alpha);
        w.WritePointer(SrcBitmap);
        SrcArea.Write(w);
    }
}
