using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_CLIP.</summary>
public sealed record StreamClip : ISpiceMessage<StreamClip>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamClip;

    public uint Id { get; init; }

    public Clip Clip { get; init; } = new();

    public static StreamClip Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamClip>(body);

    public static StreamClip Read(ref SpiceReader r)
    {
        var id = r.ReadUInt32();
        var clip = Clip.Read(ref r);
        return new StreamClip { Id = id, Clip = clip };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Id);
        Clip.Write(w);
    }
}
