using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_SURFACE_CREATE.</summary>
public sealed record SurfaceCreate : ISpiceMessage<SurfaceCreate>
{
    public ushort MessageType => (ushort)DisplayMessageType.SurfaceCreate;

    public uint SurfaceId { get; init; }

    public uint Width { get; init; }

    public uint Height { get; init; }

    public SurfaceFormat Format { get; init; }

    public SurfaceFlags Flags { get; init; }

    public static SurfaceCreate Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<SurfaceCreate>(body);

    public static SurfaceCreate Read(ref SpiceReader r)
    {
        var surfaceId = r.ReadUInt32();
        var width = r.ReadUInt32();
        var height = r.ReadUInt32();
        var format = (SurfaceFormat)r.ReadUInt32();
        var flags = (SurfaceFlags)r.ReadUInt32();
        return new SurfaceCreate { SurfaceId = surfaceId, Width = width, Height = height, Format = format, Flags = flags };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(SurfaceId);
        w.WriteUInt32(Width);
        w.WriteUInt32(Height);
        w.WriteUInt32((uint)Format);
        w.WriteUInt32((uint)Flags);
    }
}
