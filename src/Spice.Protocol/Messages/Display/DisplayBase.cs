using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceMsgDisplayBase: the target surface, bounding box and clip every draw message starts with.</summary>
public sealed record DisplayBase
{
    public uint SurfaceId { get; init; }

    public Rect Box { get; init; }

    public Clip Clip { get; init; } = Clip.None;

    public static DisplayBase Read(ref SpiceReader r)
    {
        var surfaceId = r.ReadUInt32();
        var box = Rect.Read(ref r);
        return new DisplayBase { SurfaceId = surfaceId, Box = box, Clip = Clip.Read(ref r) };
    }

    public void Write(SpiceWriter w) => Write(w, SurfaceId, Box, Clip);

    /// <summary>The same layout from its fields, for a sender that writes draws without building one.</summary>
    public static void Write(SpiceWriter w, uint surfaceId, Rect box, Clip clip)
    {
        w.WriteUInt32(surfaceId);
        box.Write(w);
        clip.Write(w);
    }
}
