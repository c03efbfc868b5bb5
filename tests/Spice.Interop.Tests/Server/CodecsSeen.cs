using System.Diagnostics.Metrics;

namespace Spice.Interop.Tests.Server;

/// <summary>
/// Which codecs the server used while this object lived, read from its "spice.server.images"
/// counter: proves a forced codec was really used rather than silently replaced by bitmaps.
/// </summary>
internal sealed class CodecsSeen : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly HashSet<string> _names = [];

    public CodecsSeen(int port)
    {
        Port = port;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Spice.Server" && instrument.Name == "spice.server.images")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "codec" && tag.Value is string name && MatchesPort(tags))
                {
                    lock (_names)
                    {
                        _names.Add(name);
                    }
                }
            }
        });
        _listener.Start();
    }

    public int Port { get; }

    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_names)
            {
                return [.. _names.Order(StringComparer.Ordinal)];
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private bool MatchesPort(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port")
            {
                return tag.Value is int port && port == Port;
            }
        }

        return false;
    }
}
