using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_CREATE.</summary>
public sealed record StreamCreate : ISpiceMessage<StreamCreate>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamCreate;

    public uint SurfaceId { get; init; }

    public uint Id { get; init; }

    public StreamFlags Flags { get; init; }

    public VideoCodecType CodecType { get; init; }

    public ulong Stamp { get; init; }

    public uint StreamWidth { get; init; }

    public uint StreamHeight { get; init; }

    public uint SrcWidth { get; init; }

    public uint SrcHeight { get; init; }

    public Rect Dest { get; init; }

    public Clip Clip { get; init; } = new();

    public static StreamCreate Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamCreate>(body);

    public static StreamCreate Read(ref SpiceReader r)
    {
        var surfaceId = r.ReadUInt32();
        var id = r.ReadUInt32();
        var flags = (StreamFlags)r.ReadByte();
        var codecType = (VideoCodecType)r.ReadByte();
        var stamp = r.ReadUInt64();
        var streamWidth = r.ReadUInt32();
        var streamHeight = r.ReadUInt32();
        var srcWidth = r.ReadUInt32();
        var srcHeight = r.ReadUInt32();
        var dest = Rect.Read(ref r);
        var clip = Clip.Read(ref r);
        return new StreamCreate { SurfaceId = surfaceId, Id = id, Flags = flags, CodecType = codecType, Stamp = stamp, StreamWidth = streamWidth, StreamHeight = streamHeight, SrcWidth = srcWidth, SrcHeight = srcHeight, Dest = dest, Clip = clip };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(SurfaceId);
        w.WriteUInt32(Id);
        w.WriteByte((byte)Flags);
        w.WriteByte((byte)CodecType);
        w.WriteUInt64(Stamp);
        w.WriteUInt32(StreamWidth);
        w.WriteUInt32(StreamHeight);
        w.WriteUInt32(SrcWidth);
        w.WriteUInt32(SrcHeight);
        Dest.Write(w);
        Clip.Write(w);
    }
}
