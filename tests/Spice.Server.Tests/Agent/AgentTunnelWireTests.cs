using System.Buffers.Binary;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Protocol.Messages;

namespace Spice.Server.Tests.Agent;

/// <summary>The main channel's agent tunnel on the wire, from a raw client: INIT, tokens, garbage.</summary>
public sealed class AgentTunnelWireTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Init_announces_the_agent_and_garbage_agent_messages_leave_the_session_running()
    {
        var log = new ListLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var share = Directory.CreateTempSubdirectory("spice-agent-wire").FullName;
        using var agent = new TestAgent(new SpiceDisplay(64, 48), share);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = "pw", Agent = agent, LoggerFactory = factory }, new SpiceDisplay(64, 48));
        await server.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await client.LinkAsync((byte)ChannelType.Main, "pw"));

        var (type, init) = await client.ReadMessageAsync();
        Assert.Equal((ushort)MainMessageType.Init, type);
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(init.AsSpan(16)));
        Assert.Equal(10u, BinaryPrimitives.ReadUInt32LittleEndian(init.AsSpan(20)));

        await client.SendMessageAsync((ushort)MainClientMessageType.AgentStart, UInt32(100));
        await SendAgentAsync(client, Raw(7, AgentMessageType.Clipboard, new byte[8]));
        await SendAgentAsync(client, Raw(1, (AgentMessageType)999, new byte[4]));
        await SendAgentAsync(client, Raw(1, AgentMessageType.MonitorsConfig, UInt32(3)));
        await SendAgentAsync(client, Raw(1, AgentMessageType.FileXferData, new byte[5]));
        await SendAgentAsync(client, AgentMessage.Serialize(new AnnounceCapabilities(true, new Capabilities().Set(AgentCapability.MonitorsConfig)), AgentFraming.Plain));

        var reassembler = new AgentReassembler();
        var frames = new List<AgentFrame>();
        var sawReply = false;
        var tokensBack = 0u;
        using var cts = new CancellationTokenSource(Timeout);
        while (!sawReply || tokensBack == 0)
        {
            (type, var body) = await client.ReadMessageAsync().WaitAsync(cts.Token);
            if (type == (ushort)MainMessageType.AgentToken)
            {
                tokensBack += BinaryPrimitives.ReadUInt32LittleEndian(body);
            }
            else if (type == (ushort)MainMessageType.AgentData)
            {
                Assert.True(body.Length <= AgentLimits.MaxChunkSize);
                reassembler.Feed(body, frames);
                sawReply = frames.Select(f => AgentMessage.Parse(f.Header, f.Data, AgentFraming.Plain)).OfType<AnnounceCapabilities>().Any(c => !c.Request);
            }
        }

        Assert.Equal(5u, tokensBack);
        Assert.Equal(1, log.Lines.Count(l => l.Contains("agent message dropped", StringComparison.Ordinal) && l.Contains("further drops", StringComparison.Ordinal)));
        Assert.Equal(4, log.Lines.Count(l => l.Contains("agent message dropped", StringComparison.Ordinal)));
        Assert.Equal(1, server.ClientCount);
        Directory.Delete(share, recursive: true);
    }

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Raw(uint protocol, AgentMessageType type, byte[] data)
    {
        var bytes = new byte[AgentMessageHeader.Length + data.Length];
        new AgentMessageHeader(protocol, type, 0, (uint)data.Length).Write(bytes);
        data.CopyTo(bytes, AgentMessageHeader.Length);
        return bytes;
    }

    private static async Task SendAgentAsync(LinkClient client, byte[] message)
    {
        foreach (var chunk in AgentChunker.Split(message))
        {
            await client.SendMessageAsync((ushort)MainClientMessageType.AgentData, chunk.ToArray());
        }
    }
}
