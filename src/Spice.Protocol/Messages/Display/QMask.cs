using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceQMask: an optional 1-bit mask image (null pointer = no mask) and its offset.</summary>
public sealed record QMask
{
    public MaskFlags Flags { get; init; }

    public Point Pos { get; init; }

    public Image? Bitmap { get; init; }

    public static QMask None { get; } = new();

    public static QMask Read(ref SpiceReader r)
    {
        var flags = (MaskFlags)r.ReadByte();
        var pos = Point.Read(ref r);
        return new QMask { Flags = flags, Pos = pos, Bitmap = Image.ReadPointer(ref r) };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Flags);
        Pos.Write(w);
        w.WritePointer(Bitmap);
    }
}
