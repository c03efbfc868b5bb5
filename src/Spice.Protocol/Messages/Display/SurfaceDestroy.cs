using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_SURFACE_DESTROY.</summary>
public sealed record SurfaceDestroy : ISpiceMessage<SurfaceDestroy>
{
    public ushort MessageType => (ushort)DisplayMessageType.SurfaceDestroy;

    public uint SurfaceId { get; init; }

    public static SurfaceDestroy Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<SurfaceDestroy>(body);

    public static SurfaceDestroy Read(ref SpiceReader r)
    {
        var surfaceId = r.ReadUInt32();
        return new SurfaceDestroy { SurfaceId = surfaceId };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(SurfaceId);
    }
}
