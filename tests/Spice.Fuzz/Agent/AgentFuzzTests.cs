using Spice.Protocol;
using Spice.Protocol.Agent;

namespace Spice.Fuzz.Agent;

/// <summary>The agent reassembler and parser over mutated streams cut at random points: only AgentProtocolException, never anything else.</summary>
public class AgentFuzzTests
{
    private static readonly IAgentMessage[] Seeds =
    [
        new MonitorsConfig(MonitorsConfigFlags.PhysicalSize, [new MonitorConfig(1280, 800, 32, 0, 0)], [new MonitorPhysicalSize(300, 200)]),
        new ClipboardData(ClipboardSelection.Primary, ClipboardType.Utf8Text, new byte[3000]),
        new ClipboardGrab(ClipboardSelection.Clipboard, 3, [ClipboardType.Utf8Text, ClipboardType.ImagePng]),
        new AnnounceCapabilities(true, new Capabilities().Set(AgentCapability.ClipboardGrabSerial)),
        new FileXferStart(1, "name", 10),
        FileXferStatus.WithNotEnoughSpace(1, 99),
        new FileXferData(1, new byte[100]),
        new AudioVolumeSync(false, true, [1, 2, 3]),
        new GraphicsDeviceInfo([new DeviceDisplayInfo(0, 0, 0, "pci/0000/02.0")]),
        new MouseState(1, 2, 3, 4),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_streams_only_ever_yield_frames_or_agent_exceptions(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var framing = new AgentFraming(random.Next(2) == 0, random.Next(2) == 0);
            var stream = Enumerable.Range(0, random.Next(1, 6))
                .SelectMany(_ => AgentMessage.Serialize(Seeds[random.Next(Seeds.Length)], framing))
                .ToArray();
            for (var flips = random.Next(0, 8); flips > 0; flips--)
            {
                stream[random.Next(stream.Length)] = (byte)random.Next(256);
            }

            var reassembler = new AgentReassembler(maxMessageSize: 64 * 1024);
            var frames = new List<AgentFrame>();
            for (var at = 0; at < stream.Length;)
            {
                var n = Math.Min(stream.Length - at, random.Next(1, AgentLimits.MaxChunkSize + 1));
                reassembler.Feed(stream.AsSpan(at, n), frames);
                at += n;
            }

            foreach (var frame in frames.Where(f => !f.IsRejected))
            {
                try
                {
                    var message = AgentMessage.Parse(frame.Header, frame.Data, framing);
                    AgentMessage.Serialize(message, framing);
                }
                catch (AgentProtocolException)
                {
                }
            }
        }
    }

    [Fact]
    public void Random_noise_never_escapes_as_anything_but_agent_exceptions()
    {
        var random = new Random(42);
        foreach (var type in Enum.GetValues<AgentMessageType>())
        {
            for (var i = 0; i < 500; i++)
            {
                var data = new byte[random.Next(0, 64)];
                random.NextBytes(data);
                try
                {
                    AgentMessage.Parse(new AgentMessageHeader(1, type, 0, (uint)data.Length), data, AgentFraming.Full);
                }
                catch (AgentProtocolException)
                {
                }
            }
        }
    }
}
