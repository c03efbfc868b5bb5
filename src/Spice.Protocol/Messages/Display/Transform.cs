using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceTransform: a 2x3 matrix of fixed 16.16 values (composite).</summary>
public readonly record struct Transform(uint T00, uint T01, uint T02, uint T10, uint T11, uint T12)
{
    public static Transform Read(ref SpiceReader r)
    {
        var t00 = r.ReadUInt32();
        var t01 = r.ReadUInt32();
        var t02 = r.ReadUInt32();
        var t10 = r.ReadUInt32();
        var t11 = r.ReadUInt32();
        var t12 = r.ReadUInt32();
        return new Transform(t00, t01, t02, t10, t11, t12);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(T00);
        w.WriteUInt32(T01);
        w.WriteUInt32(T02);
        w.WriteUInt32(T10);
        w.WriteUInt32(T11);
        w.WriteUInt32(T12);
    }
}
