using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>
/// The layout playback data and record data share (spice.proto gives both the C type SpiceMsgPlaybackPacket):
/// a time stamp, then the encoded audio up to the end of the message.
/// </summary>
public abstract record AudioPacket<TSelf> : ISpiceMessage<TSelf>
    where TSelf : AudioPacket<TSelf>, new()
{
    public abstract ushort MessageType { get; }

    public uint Time { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static TSelf Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<TSelf>(body);

    public static TSelf Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var data = r.ReadRemainingMemory();
        return new TSelf { Time = time, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteBytes(Data.Span);
    }
}
