using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentAudioVolumeSync (client to agent): uint8 is_playback, uint8 mute, uint8 nchannels, uint16 volume[nchannels].</summary>
public sealed record AudioVolumeSync(bool IsPlayback, bool Mute, IReadOnlyList<ushort> Volumes) : IAgentMessage<AudioVolumeSync>
{
    public AgentMessageType Type => AgentMessageType.AudioVolumeSync;

    public static AudioVolumeSync Read(ref SpiceReader r, AgentFraming framing)
    {
        var isPlayback = r.ReadByte() != 0;
        var mute = r.ReadByte() != 0;
        var volumes = new ushort[r.CheckCount(r.ReadByte(), 2)];
        for (var i = 0; i < volumes.Length; i++)
        {
            volumes[i] = r.ReadUInt16();
        }

        return new AudioVolumeSync(isPlayback, mute, volumes);
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        if (Volumes.Count > byte.MaxValue)
        {
            throw new InvalidOperationException("at most 255 channels");
        }

        w.WriteByte(IsPlayback ? (byte)1 : (byte)0);
        w.WriteByte(Mute ? (byte)1 : (byte)0);
        w.WriteByte((byte)Volumes.Count);
        foreach (var v in Volumes)
        {
            w.WriteUInt16(v);
        }
    }
}
