using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_MULTI_MEDIA_TIME.</summary>
public sealed record MultiMediaTime : ISpiceMessage<MultiMediaTime>
{
    public ushort MessageType => (ushort)MainMessageType.MultiMediaTime;

    public uint Time { get; init; }

    public static MultiMediaTime Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MultiMediaTime>(body);

    public static MultiMediaTime Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        return new MultiMediaTime { Time = time };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
    }
}
