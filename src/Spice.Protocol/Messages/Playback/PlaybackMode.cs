using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_MODE.</summary>
public sealed record PlaybackMode : ISpiceMessage<PlaybackMode>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Mode;

    public uint Time { get; init; }

    public AudioDataMode Mode { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static PlaybackMode Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackMode>(body);

    public static PlaybackMode Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var mode = (AudioDataMode)r.ReadUInt16();
        var data = r.ReadRemainingMemory();
        return new PlaybackMode { Time = time, Mode = mode, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteUInt16((ushort)Mode);
        w.WriteBytes(Data.Span);
    }
}
