using System.Diagnostics.Metrics;

namespace Spice.Client.Audio;

/// <summary>Sound counters for dotnet-counters: meter "Spice.Client".</summary>
internal static class AudioMetrics
{
    public static readonly Meter Meter = new("Spice.Client");

    public static readonly Counter<long> PlaybackFrames = Meter.CreateCounter<long>("spice.client.audio.playback_packets", description: "playback packets decoded and delivered, by mode");
    public static readonly Counter<long> RecordPackets = Meter.CreateCounter<long>("spice.client.audio.record_packets", description: "record packets sent, by mode");
    public static readonly Counter<long> BadPackets = Meter.CreateCounter<long>("spice.client.audio.bad_packets", description: "audio messages dropped as malformed, by reason");
}
