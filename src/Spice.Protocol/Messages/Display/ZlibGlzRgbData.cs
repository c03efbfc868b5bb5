using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceZlibGlzRGBData: a GLZ image (glz_data_size bytes once inflated) wrapped in zlib.</summary>
public sealed record ZlibGlzRgbData : ImagePayload
{
    public uint GlzDataSize { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static ZlibGlzRgbData Read(ref SpiceReader r)
    {
        var glzDataSize = r.ReadUInt32();
        return new ZlibGlzRgbData { GlzDataSize = glzDataSize, Data = r.ReadMemory(r.ReadUInt32()) };
    }

    public override void Write(SpiceWriter w)
    {
        w.WriteUInt32(GlzDataSize);
        w.WriteUInt32(checked((uint)Data.Length));
        w.WriteBytes(Data.Span);
    }
}
