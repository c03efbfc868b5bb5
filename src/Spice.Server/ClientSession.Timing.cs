using Spice.Protocol;
using Spice.Server.Channels;

namespace Spice.Server;

internal sealed partial class ClientSession
{
    /// <summary>Changes smaller than this are not worth a MULTI_MEDIA_TIME.</summary>
    private const uint LatencyStep = 10;

    private uint _multimediaLatency;
    private TimeSpan? _latency;
    private long? _bandwidth;
    private volatile bool _netTestDone;

    /// <summary>The round trip the main channel's net test measured at connect (a small ping).</summary>
    public TimeSpan? Latency
    {
        get { lock (_gate) { return _latency; } }
        set { lock (_gate) { _latency = value; } }
    }

    /// <summary>Bits per second the net test measured (a large ping); null until measured, or when too fast to tell.</summary>
    public long? Bandwidth
    {
        get { lock (_gate) { return _bandwidth; } }
        set { lock (_gate) { _bandwidth = value; } }
    }

    /// <summary>True once the connect-time net test has finished (its bandwidth may still be null: too fast to tell).</summary>
    public bool NetTestDone
    {
        get => _netTestDone;
        set => _netTestDone = value;
    }

    /// <summary>The display's "is the link slow" (JPEG for photographic images): this round trip, or the net test's.</summary>
    public bool IsSlowLink(TimeSpan? roundTrip) => LinkQuality.IsSlow(roundTrip ?? Latency, Bandwidth);

    /// <summary>
    /// How far behind the server's clock this client's multimedia clock runs (ms): the time frames and
    /// audio packets have to reach the client before they are due. Init and MULTI_MEDIA_TIME carry
    /// the server's time minus it.
    /// </summary>
    public uint MultimediaLatency => Volatile.Read(ref _multimediaLatency);

    /// <summary>The client's multimedia time now: the server's clock minus this client's latency.</summary>
    public uint ClientMultimediaTime => unchecked(Server.Clock.Now - MultimediaLatency);

    /// <summary>The video stream latency changed: moves the client's clock (MULTI_MEDIA_TIME) when it changed enough.</summary>
    public void SetMultimediaLatency(uint milliseconds)
    {
        var previous = Volatile.Read(ref _multimediaLatency);
        if (Math.Abs((long)milliseconds - previous) < LatencyStep
            || Interlocked.CompareExchange(ref _multimediaLatency, milliseconds, previous) != previous)
        {
            return;
        }

        Get<MainChannel>(ChannelType.Main)?.SendMultimediaTime();
    }
}
