using Microsoft.Extensions.Logging.Abstractions;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Server.Agent;

namespace Spice.Fuzz.Agent;

/// <summary>
/// The server's agent tunnel fed random and mutated AGENT_DATA streams, cut at random points: bad
/// messages are only dropped (nothing escapes to the session), and once the client starts the agent
/// again the same tunnel carries a good message through.
/// </summary>
public class AgentTunnelFuzzTests
{
    private static readonly AgentFraming Full = new(true, true);

    private static readonly IAgentMessage[] Seeds =
    [
        new AnnounceCapabilities(true, new Capabilities().Set(AgentCapability.ClipboardSelection).Set(AgentCapability.ClipboardGrabSerial)),
        new MonitorsConfig(MonitorsConfigFlags.None, [new MonitorConfig(1280, 800, 32, 0, 0), new MonitorConfig(640, 480, 32, 1280, 0)]),
        new ClipboardGrab(ClipboardSelection.Clipboard, 0, [ClipboardType.Utf8Text]),
        new ClipboardRequest(ClipboardSelection.Primary, ClipboardType.Utf8Text),
        new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, new byte[5000]),
        new ClipboardRelease(ClipboardSelection.Clipboard),
        new MaxClipboard(1000),
        new FileXferStart(7, "f.txt", 100),
        new FileXferData(7, new byte[100]),
        new FileXferStatus(7, FileXferStatusCode.Cancelled),
        new MouseState(1, 2, 3, 0),
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Mutated_chunk_streams_are_only_dropped_and_the_tunnel_goes_on(int seed)
    {
        var random = new Random(seed);
        var agent = new CountingAgent();
        var sent = 0;
        using var tunnel = new AgentTunnel(agent, 1, "fuzz", NullLogger.Instance, _ => { }, (_, written) =>
        {
            Interlocked.Increment(ref sent);
            written();
        });
        for (var round = 0; round < 200; round++)
        {
            tunnel.Start((uint)random.Next(0, 1000));
            foreach (var piece in MutatedPieces(random))
            {
                tunnel.OnData(piece);
            }

            tunnel.Stop();
        }

        var before = Volatile.Read(ref agent.MonitorsConfigs);
        tunnel.Start(100);
        tunnel.OnData(AgentMessage.Serialize(Seeds[0], AgentFraming.Plain));
        tunnel.OnData(AgentMessage.Serialize(Seeds[1], Full));
        Assert.Equal(before + 1, Volatile.Read(ref agent.MonitorsConfigs));
        Assert.True(tunnel.Dropped > 0, "the mutations were all harmless: the fuzz tested nothing");
        Assert.True(agent.Calls > 0);
    }

    [Fact]
    public void Random_noise_pieces_are_only_dropped()
    {
        var random = new Random(99);
        var agent = new CountingAgent();
        using var tunnel = new AgentTunnel(agent, 2, "noise", NullLogger.Instance, _ => { }, (_, written) => written());
        tunnel.Start(10);
        for (var i = 0; i < 3000; i++)
        {
            var piece = new byte[random.Next(0, AgentLimits.MaxChunkSize + 200)];
            random.NextBytes(piece);
            tunnel.OnData(piece);
            if (i % 100 == 99)
            {
                tunnel.Stop();
                tunnel.Start(10);
            }
        }

        Assert.True(tunnel.Dropped > 0);
    }

    /// <summary>A few seed messages, some bytes flipped, a piece dropped or repeated now and then, cut into random pieces.</summary>
    private static IEnumerable<byte[]> MutatedPieces(Random random)
    {
        var framing = random.Next(2) == 0 ? Full : AgentFraming.Plain;
        var stream = Enumerable.Range(0, random.Next(1, 6)).SelectMany(_ => AgentMessage.Serialize(Seeds[random.Next(Seeds.Length)], framing)).ToArray();
        for (var flips = random.Next(0, 6); flips > 0; flips--)
        {
            stream[random.Next(stream.Length)] = (byte)random.Next(256);
        }

        for (var at = 0; at < stream.Length;)
        {
            var n = Math.Min(stream.Length - at, random.Next(1, AgentLimits.MaxChunkSize + 1));
            var piece = stream.AsSpan(at, n).ToArray();
            at += n;
            switch (random.Next(20))
            {
                case 0:
                    continue;
                case 1:
                    yield return piece;
                    break;
            }

            yield return piece;
        }
    }

    private sealed class CountingAgent : ISpiceAgent
    {
        public int MonitorsConfigs;
        public int Calls;

        public Capabilities Capabilities { get; } = new Capabilities()
            .Set(AgentCapability.MonitorsConfig).Set(AgentCapability.Reply).Set(AgentCapability.ClipboardByDemand)
            .Set(AgentCapability.ClipboardSelection).Set(AgentCapability.ClipboardGrabSerial).Set(AgentCapability.MaxClipboard);

        public bool MonitorsConfig(SpiceAgentPeer peer, MonitorsConfig config)
        {
            Interlocked.Increment(ref MonitorsConfigs);
            Interlocked.Increment(ref Calls);
            return true;
        }

        public void ClipboardGrab(SpiceAgentPeer peer, ClipboardGrab grab)
        {
            Interlocked.Increment(ref Calls);
            peer.Send(new ClipboardRequest(grab.Selection, ClipboardType.Utf8Text));
        }

        public void ClipboardData(SpiceAgentPeer peer, ClipboardData data) => Interlocked.Increment(ref Calls);

        public void ClipboardRequest(SpiceAgentPeer peer, ClipboardRequest request) =>
            peer.SendClipboard(ClipboardType.Utf8Text, new byte[10], request.Selection);
    }
}
