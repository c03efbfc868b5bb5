using System.Diagnostics.Metrics;

namespace Spice.Server;

/// <summary>Counters for dotnet-counters: meter "Spice.Server".</summary>
internal static class ServerMetrics
{
    public static readonly Meter Meter = new("Spice.Server");

    public static readonly Counter<long> BytesSent = Meter.CreateCounter<long>("spice.server.bytes_sent", "By");
    public static readonly Counter<long> MessagesSent = Meter.CreateCounter<long>("spice.server.messages_sent");
    public static readonly Counter<long> BytesReceived = Meter.CreateCounter<long>("spice.server.bytes_received", "By");
    public static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>("spice.server.messages_received");
    public static readonly Counter<long> Frames = Meter.CreateCounter<long>("spice.server.frames", description: "display batches sent");
    public static readonly Counter<long> ImagesSent = Meter.CreateCounter<long>("spice.server.images", description: "images sent, by codec");
    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("spice.server.image_cache_hits");
    public static readonly Histogram<double> EncodeTime = Meter.CreateHistogram<double>("spice.server.encode_time", "ms");
    public static readonly UpDownCounter<long> Connections = Meter.CreateUpDownCounter<long>("spice.server.connections");
    public static readonly Counter<long> LinksRefused = Meter.CreateCounter<long>("spice.server.links_refused");
}
