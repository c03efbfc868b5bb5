using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_TRANSPARENT.</summary>
public sealed record DrawTransparent : ISpiceMessage<DrawTransparent>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawTransparent;

    public DisplayBase Base { get; init; } = new();

    public Image? SrcBitmap { get; init; }

    public Rect SrcArea { get; init; }

    public uint SrcColor { get; init; }

    public uint TrueColor { get; init; }

    public static DrawTransparent Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawTransparent>(body);

    public static DrawTransparent Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var srcBitmap = Image.ReadPointer(ref r);
        var srcArea = Rect.Read(ref r);
        var srcColor = r.ReadUInt32();
        var trueColor = r.ReadUInt32();
        return new DrawTransparent { Base = @base, SrcBitmap = srcBitmap, SrcArea = srcArea, SrcColor = srcColor, TrueColor = trueColor };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WritePointer(SrcBitmap);
        SrcArea.Write(w);
        w.WriteUInt32(SrcColor);
        w.WriteUInt32(TrueColor);
    }
}
