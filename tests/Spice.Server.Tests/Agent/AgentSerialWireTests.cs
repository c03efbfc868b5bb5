using System.Buffers.Binary;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Protocol.Messages;

namespace Spice.Server.Tests.Agent;

/// <summary>
/// From a raw client: clipboard grab serials kept the way spice-vdagentd keeps them, and an agent
/// attached and detached at run time announced with AGENT_CONNECTED / AGENT_DISCONNECTED to a client
/// that does not take AGENT_CONNECTED_TOKENS.
/// </summary>
public sealed class AgentSerialWireTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly AgentFraming Serials = new(true, true);

    [Fact]
    public async Task Grabs_carry_serials_and_stale_client_grabs_are_dropped()
    {
        var share = Directory.CreateTempSubdirectory("spice-agent-serial").FullName;
        using var agent = new TestAgent(new SpiceDisplay(64, 48), share)
        {
            Capabilities = new Capabilities().Set(AgentCapability.ClipboardByDemand).Set(AgentCapability.ClipboardSelection).Set(AgentCapability.ClipboardGrabSerial),
        };
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = "pw", Agent = agent }, new SpiceDisplay(64, 48));
        await server.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await client.LinkAsync((byte)ChannelType.Main, "pw"));
        Assert.Equal((ushort)MainMessageType.Init, (await client.ReadMessageAsync()).Type);
        await client.SendMessageAsync((ushort)MainClientMessageType.AgentStart, UInt32(100));
        await SendAgentAsync(client, new AnnounceCapabilities(true, new Capabilities().Set(AgentCapability.ClipboardByDemand).Set(AgentCapability.ClipboardSelection).Set(AgentCapability.ClipboardGrabSerial)));
        using var cts = new CancellationTokenSource(Timeout);
        await agent.Attached.WaitAsync(cts.Token);

        agent.Offer("one");
        agent.Offer("two");
        var reader = new AgentReader(client);
        var first = await reader.NextAsync<ClipboardGrab>(cts.Token);
        var second = await reader.NextAsync<ClipboardGrab>(cts.Token);
        Assert.Equal((0u, 1u), (first.Serial, second.Serial));

        foreach (var serial in new uint[] { 2, 2, 9, 0, 3 })
        {
            await SendAgentAsync(client, new ClipboardGrab(ClipboardSelection.Clipboard, serial, [ClipboardType.Utf8Text]));
        }

        while (agent.Grabs.Count < 3)
        {
            await Task.Delay(20, cts.Token);
        }

        await Task.Delay(200, cts.Token);
        Assert.Equal([2u, 2u, 3u], agent.Grabs.Select(g => g.Serial));
        agent.Offer("three");
        Assert.Equal(4u, (await reader.NextAsync<ClipboardGrab>(cts.Token)).Serial);
        Directory.Delete(share, recursive: true);
    }

    [Fact]
    public async Task An_agent_attached_and_detached_at_run_time_is_announced()
    {
        var share = Directory.CreateTempSubdirectory("spice-agent-plug").FullName;
        using var agent = new TestAgent(new SpiceDisplay(64, 48), share);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = "pw" }, new SpiceDisplay(64, 48));
        await server.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await client.LinkAsync((byte)ChannelType.Main, "pw"));
        var (type, init) = await client.ReadMessageAsync();
        Assert.Equal((ushort)MainMessageType.Init, type);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(init.AsSpan(16)));
        using var cts = new CancellationTokenSource(Timeout);

        server.AttachAgent(agent);
        Assert.Empty(await ReadUntilAsync(client, MainMessageType.AgentConnected, cts.Token));
        await client.SendMessageAsync((ushort)MainClientMessageType.AgentStart, UInt32(10));
        await SendAgentAsync(client, new AnnounceCapabilities(true, new Capabilities()));
        await agent.Attached.WaitAsync(cts.Token);

        server.DetachAgent();
        var disconnected = await ReadUntilAsync(client, MainMessageType.AgentDisconnected, cts.Token);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(disconnected));
        Assert.Equal(1, Volatile.Read(ref agent.Detached));

        await SendAgentAsync(client, new ClipboardGrab(ClipboardSelection.Clipboard, 0, [ClipboardType.Utf8Text]));
        server.AttachAgent(agent);
        await ReadUntilAsync(client, MainMessageType.AgentConnected, cts.Token);
        Assert.Empty(agent.Grabs);
        Assert.Equal(1, server.ClientCount);
        Directory.Delete(share, recursive: true);
    }

    private static async Task<byte[]> ReadUntilAsync(LinkClient client, MainMessageType wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (type, body) = await client.ReadMessageAsync().WaitAsync(cancellationToken);
            if (type == (ushort)wanted)
            {
                return body;
            }
        }
    }

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static async Task SendAgentAsync(LinkClient client, IAgentMessage message)
    {
        foreach (var chunk in AgentChunker.Split(AgentMessage.Serialize(message, Serials)))
        {
            await client.SendMessageAsync((ushort)MainClientMessageType.AgentData, chunk.ToArray());
        }
    }

    /// <summary>Whole agent messages from the server's AGENT_DATA, parsed with serials on.</summary>
    private sealed class AgentReader(LinkClient client)
    {
        private readonly AgentReassembler _reassembler = new();
        private readonly Queue<IAgentMessage> _ready = new();

        public async Task<T> NextAsync<T>(CancellationToken cancellationToken) where T : class, IAgentMessage
        {
            while (true)
            {
                while (_ready.TryDequeue(out var message))
                {
                    if (message is T wanted)
                    {
                        return wanted;
                    }
                }

                var (type, body) = await client.ReadMessageAsync().WaitAsync(cancellationToken);
                if (type != (ushort)MainMessageType.AgentData)
                {
                    continue;
                }

                var frames = new List<AgentFrame>();
                _reassembler.Feed(body, frames);
                foreach (var f in frames)
                {
                    _ready.Enqueue(AgentMessage.Parse(f.Header, f.Data, Serials));
                }
            }
        }
    }
}
