using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SURFACE image payload: the source is another surface.</summary>
public sealed record SurfaceImageData(uint SurfaceId) : ImagePayload
{
    public override void Write(SpiceWriter w) => w.WriteUInt32(SurfaceId);
}
