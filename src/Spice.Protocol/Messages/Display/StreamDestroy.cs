using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_DESTROY.</summary>
public sealed record StreamDestroy : ISpiceMessage<StreamDestroy>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamDestroy;

    public uint Id { get; init; }

    public static StreamDestroy Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamDestroy>(body);

    public static StreamDestroy Read(ref SpiceReader r)
    {
        var id = r.ReadUInt32();
        return new StreamDestroy { Id = id };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Id);
    }
}
