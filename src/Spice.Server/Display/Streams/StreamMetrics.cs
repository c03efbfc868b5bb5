using System.Diagnostics.Metrics;

namespace Spice.Server.Display.Streams;

/// <summary>Video stream counters on the "Spice.Server" meter.</summary>
internal static class StreamMetrics
{
    public static readonly Counter<long> Created = ServerMetrics.Meter.CreateCounter<long>("spice.server.streams", description: "video streams created");
    public static readonly Counter<long> Frames = ServerMetrics.Meter.CreateCounter<long>("spice.server.stream_frames", description: "video frames sent");
    public static readonly Counter<long> FrameBytes = ServerMetrics.Meter.CreateCounter<long>("spice.server.stream_bytes", "By", "video frame bytes sent");
    public static readonly Histogram<double> EncodeTime = ServerMetrics.Meter.CreateHistogram<double>("spice.server.stream_encode_time", "ms");
}
