using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_DATA.</summary>
public sealed record PlaybackData : ISpiceMessage<PlaybackData>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Data;

    public uint Time { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static PlaybackData Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackData>(body);

    public static PlaybackData Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var data = r.ReadRemainingMemory();
        return new PlaybackData { Time = time, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteBytes(Data.Span);
    }
}
