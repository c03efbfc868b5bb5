using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>
/// The layout playback mode and record mode share (spice.proto gives both the C type SpiceMsgPlaybackMode):
/// a time stamp, the audio data mode, then mode-specific data up to the end of the message.
/// </summary>
public abstract record AudioModePacket<TSelf> : ISpiceMessage<TSelf>
    where TSelf : AudioModePacket<TSelf>, new()
{
    public abstract ushort MessageType { get; }

    public uint Time { get; init; }

    public AudioDataMode Mode { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static TSelf Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<TSelf>(body);

    public static TSelf Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var mode = (AudioDataMode)r.ReadUInt16();
        var data = r.ReadRemainingMemory();
        return new TSelf { Time = time, Mode = mode, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteUInt16((ushort)Mode);
        w.WriteBytes(Data.Span);
    }
}
