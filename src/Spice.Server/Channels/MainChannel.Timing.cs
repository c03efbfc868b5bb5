using System.Diagnostics;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Main;

namespace Spice.Server.Channels;

/// <summary>
/// The main channel's part in timing: the net test at connect (as spice-server does it: a warm-up
/// ping, a small ping whose round trip is the latency, then a large one whose extra time is the
/// payload on the wire, giving the bandwidth; here in two rounds, the best counting), and
/// MULTI_MEDIA_TIME when the stream latency moves the client's multimedia clock.
/// </summary>
internal sealed partial class MainChannel
{
    /// <summary>The large ping's payload: spice-server's 250 KiB.</summary>
    internal const int NetTestBytes = 250 * 1024;

    /// <summary>
    /// Rounds of (small ping, large ping): the best one counts, since a busy client or network
    /// only ever makes a round look slower than the link is.
    /// </summary>
    private const int NetTestRounds = 2;

    /// <summary>Ping ids of the net test, far from the periodic pings' (which count up from 1).</summary>
    private const uint WarmupPingId = 0xFFFF_FF00;

    /// <summary>The large ping's padding; zeros, shared by every client and only ever read.</summary>
    private static readonly ReadOnlyMemory<byte> NetTestPadding = new byte[NetTestBytes];

    private readonly TimeSpan?[] _roundLatency = new TimeSpan?[NetTestRounds];
    private long _bestBandwidth;
    private int _roundsDone;

    /// <summary>SPICE_MSG_MAIN_MULTI_MEDIA_TIME { uint32 time }: the client's clock is the server's minus its latency.</summary>
    internal void SendMultimediaTime() => Enqueue(new MultiMediaTime { Time = Session.ClientMultimediaTime });

    private void StartNetTest()
    {
        EnqueuePing(WarmupPingId, 0);
        for (var round = 0u; round < NetTestRounds; round++)
        {
            EnqueuePing(LatencyPingId(round), 0);
            EnqueuePing(RatePingId(round), NetTestBytes);
        }
    }

    private static uint LatencyPingId(uint round) => WarmupPingId + 1 + (2 * round);

    private static uint RatePingId(uint round) => LatencyPingId(round) + 1;

    /// <summary>Stamped when written (not when queued), so the round trip starts as the bytes go out.</summary>
    private void EnqueuePing(uint id, int payload) =>
        Enqueue(b => b.Add(new Ping { Id = id, Timestamp = (ulong)Stopwatch.GetTimestamp(), Data = NetTestPadding[..payload] }));

    protected override bool OnOwnPong(uint id, TimeSpan elapsed)
    {
        if (id < WarmupPingId || id >= LatencyPingId(NetTestRounds))
        {
            return false;
        }

        if (id == WarmupPingId)
        {
            return true;
        }

        var round = (id - WarmupPingId - 1) / 2;
        if (id == LatencyPingId(round))
        {
            _roundLatency[round] = elapsed;
            Session.Latency = Session.Latency is { } best && best < elapsed ? best : elapsed;
        }
        else if (_roundLatency[round] is { } latency)
        {
            var measured = LinkQuality.BitsPerSecond(NetTestBytes, latency, elapsed) ?? long.MaxValue;
            _bestBandwidth = Math.Max(_bestBandwidth, measured);
            if (++_roundsDone == NetTestRounds)
            {
                Session.Bandwidth = _bestBandwidth == long.MaxValue ? null : _bestBandwidth;
                Session.NetTestDone = true;
                ServerLog.NetTest(Logger, Session.Id, Session.Latency!.Value.TotalMilliseconds, Session.Bandwidth is { } bps ? bps / 1e6 : double.PositiveInfinity);
            }
        }

        return true;
    }
}
