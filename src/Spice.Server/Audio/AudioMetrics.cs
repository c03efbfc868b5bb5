using System.Diagnostics.Metrics;

namespace Spice.Server.Audio;

/// <summary>Sound counters, on the "Spice.Server" meter.</summary>
internal static class AudioMetrics
{
    public static readonly Counter<long> FramesSent = ServerMetrics.Meter.CreateCounter<long>("spice.server.audio.frames_sent", description: "playback frames sent, by mode");
    public static readonly Counter<long> FramesDropped = ServerMetrics.Meter.CreateCounter<long>("spice.server.audio.frames_dropped", description: "playback frames dropped because a client fell behind");
    public static readonly Counter<long> RecordPackets = ServerMetrics.Meter.CreateCounter<long>("spice.server.audio.record_packets", description: "record packets received and delivered");
    public static readonly Counter<long> BadPackets = ServerMetrics.Meter.CreateCounter<long>("spice.server.audio.bad_packets", description: "audio packets dropped as malformed, by reason");
}
