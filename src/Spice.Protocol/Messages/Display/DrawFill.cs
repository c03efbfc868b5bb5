using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_FILL.</summary>
public sealed record DrawFill : ISpiceMessage<DrawFill>
{
    public ushort MessageType => (ushort)DisplayMessageType.DrawFill;

    public DisplayBase Base { get; init; } = new();

    public Brush Brush { get; init; } = new();

    public Ropd RopDescriptor { get; init; }

    public QMask Mask { get; init; } = new();

    public static DrawFill Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DrawFill>(body);

    public static DrawFill Read(ref SpiceReader r)
    {
        var @base = DisplayBase.Read(ref r);
        var brush = Brush.Read(ref r);
        var ropDescriptor = (Ropd)r.ReadUInt16();
        var mask = QMask.Read(ref r);
        return new DrawFill { Base = @base, Brush = brush, RopDescriptor = ropDescriptor, Mask = mask };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        Brush.Write(w);
        w.WriteUInt16((ushort)RopDescriptor);
        Mask.Write(w);
    }
}
