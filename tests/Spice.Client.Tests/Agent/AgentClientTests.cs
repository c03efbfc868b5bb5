using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client.Agent;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Tests.Agent;

/// <summary>The client agent driven directly: main-channel messages in, what it sends recorded.</summary>
public sealed class AgentClientTests : IAsyncLifetime
{
    private static readonly Capabilities AgentCaps = new Capabilities()
        .Set(AgentCapability.MonitorsConfig).Set(AgentCapability.ClipboardByDemand)
        .Set(AgentCapability.ClipboardSelection).Set(AgentCapability.ClipboardGrabSerial).Set(AgentCapability.Reply);

    private readonly List<ISpiceMessage> _sent = [];
    private readonly AgentClient _agent;
    private readonly CancellationTokenSource _cts = new(TimeSpan.FromSeconds(20));

    public AgentClientTests()
    {
        _agent = new AgentClient(
            (m, _) =>
            {
                lock (_sent)
                {
                    _sent.Add(m);
                }

                return Task.CompletedTask;
            },
            NullLogger.Instance);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _agent.DisposeAsync();
        _cts.Dispose();
    }

    [Fact]
    public async Task Init_with_agent_sends_agent_start_and_announces_caps_spending_one_token()
    {
        await _agent.OnInitAsync(new MainInit { AgentConnected = 1, AgentTokens = 5 }, _cts.Token);

        var start = Assert.IsType<AgentStart>(Sent()[0]);
        Assert.Equal(AgentClient.ClientTokenWindow, start.NumTokens);
        var announce = (AnnounceCapabilities)Parse(await NextAgentMessageAsync(0));
        Assert.True(announce.Request);
        Assert.True(announce.Caps.Has(AgentCapability.ClipboardGrabSerial));
        Assert.Equal(4, _agent.ServerTokens);
    }

    [Fact]
    public async Task Without_agent_connected_nothing_is_started()
    {
        await _agent.OnInitAsync(new MainInit { AgentConnected = 0, AgentTokens = 5 }, _cts.Token);

        Assert.Empty(Sent());
        Assert.False(_agent.IsConnected);
        await Assert.ThrowsAsync<AgentException>(() => _agent.SendAgentAsync(new MaxClipboard(1), _cts.Token));
    }

    [Fact]
    public async Task Agent_data_is_never_sent_without_a_token()
    {
        await ConnectAsync(tokens: 1);
        var big = new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, new byte[5 * 2048 - 100]);
        var sending = _agent.SendAgentAsync(big, _cts.Token);

        await Task.Delay(200);
        Assert.Equal(0, AgentDataCount() - 1);
        Assert.False(sending.IsCompleted);

        _agent.OnServerTokens(3);
        await WaitForAsync(() => AgentDataCount() - 1 == 3);
        await Task.Delay(100);
        Assert.Equal(3, AgentDataCount() - 1);
        Assert.False(sending.IsCompleted);

        _agent.OnServerTokens(10);
        await sending.WaitAsync(_cts.Token);
        Assert.Equal(5, AgentDataCount() - 1);
        Assert.Equal(8, _agent.ServerTokens);
        Assert.All(Sent().OfType<DataMessage>(), d => Assert.InRange(d.Data.Length, 1, AgentLimits.MaxChunkSize));
    }

    [Fact]
    public async Task Consumed_client_tokens_are_given_back_in_batches()
    {
        await ConnectAsync(tokens: 10);
        var reply = AgentMessage.Serialize(new AgentReply(AgentMessageType.DisplayConfig, AgentReply.Success), AgentFraming.Plain);
        for (var i = 0; i < AgentClient.ClientTokenWindow; i++)
        {
            await _agent.OnAgentDataAsync(reply, _cts.Token);
        }

        var returned = Sent().OfType<ClientAgentToken>().ToList();
        Assert.Equal(2, returned.Count);
        Assert.All(returned, t => Assert.Equal(AgentClient.ClientTokenWindow / 2, t.NumTokens));
    }

    [Fact]
    public async Task Malformed_and_unknown_agent_messages_are_dropped_and_the_stream_goes_on()
    {
        await ConnectAsync(tokens: 10);
        var unknown = AgentMessage.Serialize(new MaxClipboard(1), AgentFraming.Plain);
        unknown[4] = 200;
        var truncated = AgentMessage.Serialize(new MaxClipboard(1), AgentFraming.Plain)[..^2];
        truncated[16] = 2;
        var grabbed = new List<ClipboardEventArgs>();
        _agent.ClipboardGrabbed += (_, e) => grabbed.Add(e);

        await _agent.OnAgentDataAsync(unknown, _cts.Token);
        await _agent.OnAgentDataAsync(truncated, _cts.Token);
        await FeedAsync(new ClipboardGrab(ClipboardSelection.Clipboard, 0, [ClipboardType.Utf8Text]));

        Assert.Single(grabbed);
    }

    [Fact]
    public async Task Our_grab_is_served_when_the_agent_requests_it()
    {
        await ConnectAsync(tokens: 10);
        await _agent.SetClipboardAsync("hello", _cts.Token);
        var grab = (ClipboardGrab)Parse(await NextAgentMessageAsync(1));
        Assert.Equal((0u, ClipboardType.Utf8Text), (grab.Serial, grab.Types[0]));

        await FeedAsync(new ClipboardRequest(ClipboardSelection.Clipboard, ClipboardType.Utf8Text));

        var data = (ClipboardData)Parse(await NextAgentMessageAsync(2));
        Assert.Equal("hello"u8.ToArray(), data.Data.ToArray());
    }

    [Fact]
    public async Task Agent_clipboard_is_fetched_through_request_and_data_and_stale_grabs_are_ignored()
    {
        await ConnectAsync(tokens: 10);
        await FeedAsync(new ClipboardGrab(ClipboardSelection.Clipboard, 5, [ClipboardType.Utf8Text]));
        Assert.Null(_agent.AgentOffers());
        await FeedAsync(new ClipboardGrab(ClipboardSelection.Clipboard, 0, [ClipboardType.ImagePng, ClipboardType.Utf8Text]));
        Assert.NotNull(_agent.AgentOffers());

        var get = _agent.GetClipboardTextAsync(_cts.Token);
        var request = (ClipboardRequest)Parse(await NextAgentMessageAsync(1));
        Assert.Equal(ClipboardType.Utf8Text, request.DataType);
        await FeedAsync(new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, "from guest"u8.ToArray()));

        Assert.Equal("from guest", await get.WaitAsync(_cts.Token));
    }

    [Fact]
    public async Task Agent_disconnect_fails_a_pending_monitors_request()
    {
        await ConnectAsync(tokens: 10);
        var request = _agent.RequestMonitorsConfigAsync(MonitorLayout.SideBySide((1024, 768), (800, 600)), _cts.Token);
        var config = (MonitorsConfig)Parse(await NextAgentMessageAsync(1));
        Assert.Equal([new MonitorConfig(1024, 768, 32, 0, 0), new MonitorConfig(800, 600, 32, 1024, 0)], config.Monitors);

        _agent.OnAgentDisconnected();

        await Assert.ThrowsAsync<AgentException>(() => request.WaitAsync(_cts.Token));
        Assert.False(_agent.IsConnected);
    }

    [Fact]
    public async Task File_transfer_ends_with_the_agents_refusal()
    {
        await ConnectAsync(tokens: 10);
        using var content = new MemoryStream(new byte[10]);
        var send = _agent.SendFileAsync("a.txt", content, null, _cts.Token);
        var start = (FileXferStart)Parse(await NextAgentMessageAsync(1));
        Assert.Equal(("a.txt", 10ul), (start.Name, start.Size));

        await FeedAsync(new FileXferStatus(start.Id, FileXferStatusCode.NotEnoughSpace));

        var e = await Assert.ThrowsAsync<FileTransferException>(() => send.WaitAsync(_cts.Token));
        Assert.Contains("space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_file_transfer_tells_the_agent()
    {
        await ConnectAsync(tokens: 10);
        using var cancel = new CancellationTokenSource();
        using var content = new MemoryStream(new byte[10]);
        var send = _agent.SendFileAsync("a.txt", content, null, cancel.Token);
        var start = (FileXferStart)Parse(await NextAgentMessageAsync(1));

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        var status = (FileXferStatus)Parse(await NextAgentMessageAsync(2));
        Assert.Equal((start.Id, FileXferStatusCode.Cancelled), (status.Id, status.Result));
    }

    private async Task ConnectAsync(uint tokens)
    {
        await _agent.OnAgentConnectedAsync(tokens, _cts.Token);
        await NextAgentMessageAsync(0);
        await FeedAsync(new AnnounceCapabilities(false, AgentCaps));
        await _agent.WaitForAgentAsync(_cts.Token);
    }

    private Task FeedAsync(IAgentMessage message) =>
        _agent.OnAgentDataAsync(AgentMessage.Serialize(message, AgentFraming.From(AgentCaps)), _cts.Token);

    private List<ISpiceMessage> Sent()
    {
        lock (_sent)
        {
            return [.. _sent];
        }
    }

    private int AgentDataCount() => Sent().Count(m => m.MessageType == (ushort)MainClientMessageType.AgentData);

    /// <summary>The n-th whole agent message sent (agent_data chunks joined and reassembled).</summary>
    private async Task<AgentFrame> NextAgentMessageAsync(int index)
    {
        List<AgentFrame> frames = [];
        await WaitForAsync(() =>
        {
            frames = [];
            var reassembler = new AgentReassembler();
            foreach (var d in Sent().OfType<DataMessage>())
            {
                reassembler.Feed(d.Data.Span, frames);
            }

            return frames.Count > index;
        });
        return frames[index];
    }

    private static IAgentMessage Parse(AgentFrame frame) => AgentMessage.Parse(frame.Header, frame.Data, AgentFraming.From(AgentCaps));

    private async Task WaitForAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(10, _cts.Token);
        }
    }
}
