using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Agent;

/// <summary>
/// The client half of the guest agent, carried by the main channel: agent start and tokens both ways,
/// capability exchange, and on top of it monitors config, clipboard and file transfer
/// (in <c>AgentClient.*.cs</c>). Incoming agent_data arrives on the main channel's read loop;
/// outgoing agent messages go through one bounded queue and a pump that spends one server token
/// per agent_data chunk, so the read loop never waits for tokens.
/// </summary>
public sealed partial class AgentClient : IAsyncDisposable
{
    /// <summary>Tokens we give the server: how many agent_data messages it may send before we return some.</summary>
    internal const uint ClientTokenWindow = 64;

    private const int QueueCapacity = 64;

    private readonly Func<ISpiceMessage, CancellationToken, Task> _sendMain;
    private readonly ILogger _logger;
    private readonly AgentReassembler _reassembler = new();
    private readonly List<AgentFrame> _frames = [];
    private readonly Channel<Outgoing> _queue = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _tokenSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<Capabilities> _capsReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _serverTokens;
    private int _generation;
    private uint _consumedClientTokens;
    private Task? _pump;

    internal AgentClient(Func<ISpiceMessage, CancellationToken, Task> sendMain, ILogger logger)
    {
        _sendMain = sendMain;
        _logger = logger;
    }

    /// <summary>Capabilities this client announces to the agent.</summary>
    public static Capabilities OurCaps { get; } = new Capabilities()
        .Set(AgentCapability.MouseState)
        .Set(AgentCapability.MonitorsConfig)
        .Set(AgentCapability.Reply)
        .Set(AgentCapability.ClipboardByDemand)
        .Set(AgentCapability.ClipboardSelection)
        .Set(AgentCapability.MonitorsConfigPosition)
        .Set(AgentCapability.FileXferDetailedErrors)
        .Set(AgentCapability.ClipboardNoReleaseOnRegrab)
        .Set(AgentCapability.ClipboardGrabSerial);

    /// <summary>The server reports an agent attached to the guest.</summary>
    public bool IsConnected { get; private set; }

    /// <summary>What the agent announced; null until its capabilities arrived.</summary>
    public Capabilities? AgentCaps { get; private set; }

    /// <summary>Tokens left to send agent_data to the server.</summary>
    public long ServerTokens
    {
        get
        {
            lock (_gate)
            {
                return _serverTokens;
            }
        }
    }

    /// <summary>Raised when the agent connects (after its capabilities arrive) or disconnects.</summary>
    public event EventHandler? ConnectionChanged;

    /// <summary>Completes with the agent's capabilities once it is up and has announced them.</summary>
    public Task<Capabilities> WaitForAgentAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _capsReceived.Task.WaitAsync(cancellationToken);
        }
    }

    internal bool HasAgentCap(AgentCapability cap) => AgentCaps?.Has(cap) == true;

    private AgentFraming Framing => AgentFraming.From(AgentCaps ?? new Capabilities());

    /// <summary>main init: the server's token count, and whether an agent is already there.</summary>
    internal Task OnInitAsync(MainInit init, CancellationToken cancellationToken)
    {
        SetServerTokens(init.AgentTokens);
        return init.AgentConnected != 0 ? StartAgentAsync(init.AgentTokens, cancellationToken) : Task.CompletedTask;
    }

    internal Task OnAgentConnectedAsync(uint? tokens, CancellationToken cancellationToken)
    {
        if (tokens is { } n)
        {
            SetServerTokens(n);
        }

        return StartAgentAsync(tokens ?? (uint)ServerTokens, cancellationToken);
    }

    internal void OnAgentDisconnected()
    {
        lock (_gate)
        {
            _generation++;
            IsConnected = false;
            AgentCaps = null;
            if (_capsReceived.Task.IsCompleted)
            {
                _capsReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _reassembler.Reset();
        SetServerTokens(0);
        FailPending(new AgentException("the agent disconnected"));
        AgentLog.Disconnected(_logger);
        ConnectionChanged?.Invoke(this, EventArgs.Empty);
    }

    internal void OnServerTokens(uint tokens)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _serverTokens += tokens;
            signal = _tokenSignal;
            _tokenSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    /// <summary>One agent_data message from the server: reassemble, parse, handle; bad messages are dropped and logged.</summary>
    internal async Task OnAgentDataAsync(ReadOnlyMemory<byte> piece, CancellationToken cancellationToken)
    {
        _frames.Clear();
        _reassembler.Feed(piece.Span, _frames);
        foreach (var frame in _frames)
        {
            if (frame.IsRejected)
            {
                AgentLog.Dropped(_logger, frame.Rejected!);
                continue;
            }

            IAgentMessage message;
            try
            {
                message = AgentMessage.Parse(frame.Header, frame.Data, Framing);
            }
            catch (AgentProtocolException e)
            {
                AgentLog.Dropped(_logger, e.Message);
                continue;
            }

            AgentLog.Received(_logger, frame.Header.Type, frame.Header.Size);
            Dispatch(message);
        }

        if (++_consumedClientTokens >= ClientTokenWindow / 2)
        {
            var give = _consumedClientTokens;
            _consumedClientTokens = 0;
            await _sendMain(new ClientAgentToken { NumTokens = give }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StartAgentAsync(uint tokens, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IsConnected = true;
            _pump ??= Task.Run(() => PumpAsync(_stop.Token), CancellationToken.None);
        }

        _reassembler.Reset();
        _consumedClientTokens = 0;
        AgentLog.Connected(_logger, tokens);
        await _sendMain(new AgentStart { NumTokens = ClientTokenWindow }, cancellationToken).ConfigureAwait(false);
        Post(new AnnounceCapabilities(true, OurCaps));
    }

    private void SetServerTokens(uint tokens)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _serverTokens = tokens;
            signal = _tokenSignal;
            _tokenSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    private void Dispatch(IAgentMessage message)
    {
        switch (message)
        {
            case AnnounceCapabilities caps:
                OnAgentCaps(caps);
                break;
            case AgentReply reply:
                AgentLog.Reply(_logger, reply.RepliedType, reply.Error);
                OnReply(reply);
                break;
            case ClipboardGrab grab:
                OnClipboardGrab(grab);
                break;
            case ClipboardData data:
                OnClipboardData(data);
                break;
            case ClipboardRequest request:
                OnClipboardRequest(request);
                break;
            case ClipboardRelease release:
                OnClipboardRelease(release);
                break;
            case FileXferStatus status:
                OnFileXferStatus(status);
                break;
            default:
                AgentLog.Dropped(_logger, $"the agent sent {message.Type}, which a client does not take");
                break;
        }
    }

    private void OnAgentCaps(AnnounceCapabilities caps)
    {
        TaskCompletionSource<Capabilities> received;
        lock (_gate)
        {
            AgentCaps = caps.Caps;
            received = _capsReceived;
        }

        AgentLog.Capabilities(_logger, caps.Caps.ToString());
        if (caps.Request)
        {
            Post(new AnnounceCapabilities(false, OurCaps));
        }

        if (caps.Caps.Has(AgentCapability.MaxClipboard))
        {
            Post(new MaxClipboard(AgentLimits.MaxClipboardSize));
        }

        if (received.TrySetResult(caps.Caps))
        {
            ConnectionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    private void FailPending(Exception error)
    {
        FailMonitorRequests(error);
        FailClipboardRequests();
        FailFileTransfers(error);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_pump is not null)
        {
            try
            {
                await _pump.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        FailPending(new ObjectDisposedException(nameof(AgentClient)));
        _stop.Dispose();
    }
}
