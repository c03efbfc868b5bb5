using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>
/// SpiceLineAttr: flags; when LineFlags.Styled, style_nseg (u8) and a pointer to that many
/// fixed 28.4 dash lengths.
/// </summary>
public sealed record LineAttr
{
    public LineFlags Flags { get; init; }

    public int[] Style { get; init; } = [];

    public bool IsStyled => (Flags & LineFlags.Styled) != 0;

    public static LineAttr Read(ref SpiceReader r)
    {
        var flags = (LineFlags)r.ReadByte();
        if ((flags & LineFlags.Styled) == 0)
        {
            return new LineAttr { Flags = flags };
        }

        var count = r.ReadByte();
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            return new LineAttr { Flags = flags };
        }

        var at = r.At(offset);
        var style = new int[at.CheckCount(count, 4)];
        for (var i = 0; i < style.Length; i++)
        {
            style[i] = at.ReadInt32();
        }

        return new LineAttr { Flags = flags, Style = style };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Flags);
        if (!IsStyled)
        {
            return;
        }

        w.WriteByte(checked((byte)Style.Length));
        var bytes = new byte[Style.Length * 4];
        for (var i = 0; i < Style.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), Style[i]);
        }

        w.WritePointer(bytes);
    }
}
