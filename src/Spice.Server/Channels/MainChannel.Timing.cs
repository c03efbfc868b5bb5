using System.Diagnostics;
using Spice.Protocol.Messages;

namespace Spice.Server.Channels;

/// <summary>
/// The main channel's part in timing: the net test at connect (as spice-server does it: a warm-up
/// ping, a small ping whose round trip is the latency, then a large one whose extra time is the
/// payload on the wire, giving the bandwidth), and MULTI_MEDIA_TIME when the stream latency moves
/// the client's multimedia clock.
/// </summary>
internal sealed partial class MainChannel
{
    /// <summary>The large ping's payload: spice-server's 250 KiB.</summary>
    internal const int NetTestBytes = 250 * 1024;

    /// <summary>Ping ids of the net test, far from the periodic pings' (which count up from 1).</summary>
    private const uint WarmupPingId = 0xFFFF_FF00;
    private const uint LatencyPingId = WarmupPingId + 1;
    private const uint RatePingId = WarmupPingId + 2;

    private TimeSpan? _netTestLatency;

    /// <summary>SPICE_MSG_MAIN_MULTI_MEDIA_TIME { uint32 time }: the client's clock is the server's minus its latency.</summary>
    internal void SendMultimediaTime() => Enqueue(b =>
    {
        b.Begin((ushort)MainMessageType.MultiMediaTime);
        b.WriteUInt32(Session.ClientMultimediaTime);
        b.End();
    });

    private void StartNetTest()
    {
        EnqueuePing(WarmupPingId, 0);
        EnqueuePing(LatencyPingId, 0);
        EnqueuePing(RatePingId, NetTestBytes);
    }

    /// <summary>Stamped when written (not when queued), so the round trip starts as the bytes go out.</summary>
    private void EnqueuePing(uint id, int payload) => Enqueue(b =>
    {
        b.Begin((ushort)CommonMessageType.Ping);
        b.WriteUInt32(id);
        b.WriteUInt64((ulong)Stopwatch.GetTimestamp());
        b.Grow(payload).Clear();
        b.End();
    });

    protected override bool OnOwnPong(uint id, TimeSpan elapsed)
    {
        switch (id)
        {
            case WarmupPingId:
                return true;
            case LatencyPingId:
                _netTestLatency = elapsed;
                Session.Latency = elapsed;
                return true;
            case RatePingId when _netTestLatency is { } latency:
                Session.Bandwidth = LinkQuality.BitsPerSecond(NetTestBytes, latency, elapsed);
                ServerLog.NetTest(Logger, Session.Id, latency.TotalMilliseconds, Session.Bandwidth is { } bps ? bps / 1e6 : double.PositiveInfinity);
                return true;
            case RatePingId:
                return true;
            default:
                return false;
        }
    }
}
