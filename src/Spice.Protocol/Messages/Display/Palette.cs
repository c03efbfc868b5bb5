using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpicePalette: unique id (for the palette cache) and up to 65535 xRGB entries.</summary>
public sealed record Palette : ISpiceWritable
{
    public ulong Unique { get; init; }

    public uint[] Ents { get; init; } = [];

    public static Palette Read(ref SpiceReader r)
    {
        var unique = r.ReadUInt64();
        var ents = new uint[r.CheckCount(r.ReadUInt16(), 4)];
        for (var i = 0; i < ents.Length; i++)
        {
            ents[i] = r.ReadUInt32();
        }

        return new Palette { Unique = unique, Ents = ents };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(Unique);
        w.WriteUInt16(checked((ushort)Ents.Length));
        foreach (var ent in Ents)
        {
            w.WriteUInt32(ent);
        }
    }

    internal static Palette? ReadPointer(ref SpiceReader r, bool required)
    {
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            return required ? throw new SpiceProtocolException("palette pointer is null") : null;
        }

        var at = r.At(offset);
        return Read(ref at);
    }
}
