using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>The stream id and presentation time that start every stream data message.</summary>
public readonly record struct StreamDataHeader(uint Id, uint MultiMediaTime)
{
    public static StreamDataHeader Read(ref SpiceReader r)
    {
        var id = r.ReadUInt32();
        var multiMediaTime = r.ReadUInt32();
        return new StreamDataHeader(id, multiMediaTime);
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Id);
        w.WriteUInt32(MultiMediaTime);
    }
}
