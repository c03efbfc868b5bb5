using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_MUTE.</summary>
public sealed record PlaybackMute : ISpiceMessage<PlaybackMute>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Mute;

    public byte Mute { get; init; }

    public static PlaybackMute Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackMute>(body);

    public static PlaybackMute Read(ref SpiceReader r)
    {
        var mute = r.ReadByte();
        return new PlaybackMute { Mute = mute };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(Mute);
    }
}
