using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_LATENCY.</summary>
public sealed record PlaybackLatency : ISpiceMessage<PlaybackLatency>
{
    public ushort MessageType => (ushort)PlaybackMessageType.Latency;

    public uint LatencyMs { get; init; }

    public static PlaybackLatency Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PlaybackLatency>(body);

    public static PlaybackLatency Read(ref SpiceReader r)
    {
        var latencyMs = r.ReadUInt32();
        return new PlaybackLatency { LatencyMs = latencyMs };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(LatencyMs);
    }
}
