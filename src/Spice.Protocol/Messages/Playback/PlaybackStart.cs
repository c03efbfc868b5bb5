using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_START.</summary>
public sealed record PlaybackStart : ISpiceMessage<PlaybackStart>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Start;

    public uint Channels { get; init; }

    public AudioFormat Format { get; init; }

    public uint Frequency { get; init; }

    public uint Time { get; init; }

    public static PlaybackStart Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackStart>(body);

    public static PlaybackStart Read(ref SpiceReader r)
    {
        var channels = r.ReadUInt32();
        var format = (AudioFormat)r.ReadUInt16();
        var frequency = r.ReadUInt32();
        var time = r.ReadUInt32();
        return new PlaybackStart { Channels = channels, Format = format, Frequency = frequency, Time = time };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Channels);
        w.WriteUInt16((ushort)Format);
        w.WriteUInt32(Frequency);
        w.WriteUInt32(Time);
    }
}
