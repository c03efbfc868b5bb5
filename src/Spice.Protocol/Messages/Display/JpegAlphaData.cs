using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceJPEGAlphaData: jpeg_size bytes of JPEG followed by an LZ-compressed alpha plane, data_size in all.</summary>
public sealed record JpegAlphaData : ImagePayload
{
    public JpegAlphaFlags Flags { get; init; }

    public uint JpegSize { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static JpegAlphaData Read(ref SpiceReader r)
    {
        var flags = (JpegAlphaFlags)r.ReadByte();
        var jpegSize = r.ReadUInt32();
        var data = r.ReadMemory(r.ReadUInt32());
        if (jpegSize > (uint)data.Length)
        {
            throw new SpiceProtocolException($"jpeg_size {jpegSize} exceeds data_size {data.Length}");
        }

        return new JpegAlphaData { Flags = flags, JpegSize = jpegSize, Data = data };
    }

    public override void Write(SpiceWriter w)
    {
        w.WriteByte((byte)Flags);
        w.WriteUInt32(JpegSize);
        w.WriteUInt32(checked((uint)Data.Length));
        w.WriteBytes(Data.Span);
    }
}
