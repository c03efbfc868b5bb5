using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_GL_SCANOUT_UNIX; the dma-buf fd travels out of band (SCM_RIGHTS), not in the body.</summary>
public sealed record GlScanoutUnix : ISpiceMessage<GlScanoutUnix>
{
    public ushort MessageType => (ushort)DisplayMessageType.GlScanoutUnix;

    public uint Width { get; init; }

    public uint Height { get; init; }

    public uint Stride { get; init; }

    public uint DrmFourccFormat { get; init; }

    public GlScanoutFlags Flags { get; init; }

    public static GlScanoutUnix Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<GlScanoutUnix>(body);

    public static GlScanoutUnix Read(ref SpiceReader r)
    {
        var width = r.ReadUInt32();
        var height = r.ReadUInt32();
        var stride = r.ReadUInt32();
        var drmFourccFormat = r.ReadUInt32();
        var flags = (GlScanoutFlags)r.ReadUInt32();
        return new GlScanoutUnix { Width = width, Height = height, Stride = stride, DrmFourccFormat = drmFourccFormat, Flags = flags };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Width);
        w.WriteUInt32(Height);
        w.WriteUInt32(Stride);
        w.WriteUInt32(DrmFourccFormat);
        w.WriteUInt32((uint)Flags);
    }
}
