using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_VOLUME.</summary>
public sealed record PlaybackVolume : ISpiceMessage<PlaybackVolume>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Volume;

    public ushort[] Volume { get; init; } = [];

    public static PlaybackVolume Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackVolume>(body);

    public static PlaybackVolume Read(ref SpiceReader r)
    {
        var nchannels = r.ReadByte();
        var volume = new ushort[r.CheckCount(nchannels, 2)];
        for (var i = 0; i < volume.Length; i++)
        {
            volume[i] = r.ReadUInt16();
        }

        return new PlaybackVolume { Volume = volume };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(checked((byte)Volume.Length));
        foreach (var item in Volume)
        {
            w.WriteUInt16(item);
        }
    }
}
