using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// One client's agent tunnel on the server, between the main channel and the embedder's
/// <see cref="ISpiceAgent"/>. Client to agent: AGENT_DATA pieces (each spends one of the tokens we
/// granted; we grant more as we consume them) are joined by an <see cref="AgentReassembler"/>,
/// parsed and handed over. Agent to client: whole messages wait in a bounded queue and leave as
/// chunks of at most 2048 bytes, one client token each (see <c>AgentTunnel.Sending.cs</c>).
/// Bad or unknown messages are dropped and logged; the session goes on.
/// </summary>
internal sealed partial class AgentTunnel : IDisposable
{
    /// <summary>AGENT_DATA messages the client may send before we give tokens back (REDS_AGENT_WINDOW_SIZE).</summary>
    public const uint ClientTokenWindow = 10;

    /// <summary>Tokens are given back in batches of this many (REDS_TOKENS_TO_SEND).</summary>
    private const uint TokensToReturn = 5;

    private readonly ISpiceAgent _agent;
    private readonly ILogger _logger;
    private readonly AgentReassembler _reassembler = new();
    private readonly List<AgentFrame> _frames = [];
    private uint _consumed;
    private bool _warnedOnce;
    private bool _attached;

    public AgentTunnel(ISpiceAgent agent, uint sessionId, string remote, ILogger logger, Action<uint> returnTokens, Action<ReadOnlyMemory<byte>, Action> sendChunk)
    {
        _agent = agent;
        _logger = logger;
        _returnTokens = returnTokens;
        _sendChunk = sendChunk;
        Peer = new SpiceAgentPeer(sessionId, remote, Post);
    }

    public SpiceAgentPeer Peer { get; }

    /// <summary>True once the client sent AGENT_START.</summary>
    public bool Started { get; private set; }

    /// <summary>Messages dropped so far (bad, oversized, unknown, or sent before AGENT_START).</summary>
    public int Dropped { get; private set; }

    private uint SessionId => Peer.SessionId;

    /// <summary>AGENT_START: the client's tokens for our AGENT_DATA; the agent hears about the client.</summary>
    public void Start(uint clientTokens)
    {
        if (Started)
        {
            AddTokens(clientTokens);
            return;
        }

        Started = true;
        ResetGrabSerials();
        AddTokens(clientTokens);
        StartPump();
        AgentLog.Started(_logger, SessionId, clientTokens);
        Post(new AnnounceCapabilities(true, _agent.Capabilities));
    }

    /// <summary>One AGENT_DATA piece from the client.</summary>
    public void OnData(ReadOnlySpan<byte> piece)
    {
        if (!Started)
        {
            Drop("agent data before agent start");
            return;
        }

        if (++_consumed >= TokensToReturn)
        {
            _returnTokens(_consumed);
            _consumed = 0;
        }

        _frames.Clear();
        _reassembler.Feed(piece, _frames);
        foreach (var frame in _frames)
        {
            if (frame.IsRejected)
            {
                Drop(frame.Rejected!);
                continue;
            }

            IAgentMessage message;
            try
            {
                message = AgentMessage.Parse(frame.Header, frame.Data, Framing);
            }
            catch (AgentProtocolException e)
            {
                Drop(e.Message);
                continue;
            }

            AgentLog.Received(_logger, SessionId, frame.Header.Type, frame.Header.Size);
            Dispatch(message);
        }
    }

    /// <summary>The client left (or stopped the agent): cancel its transfers, forget its clipboard.</summary>
    public void Stop()
    {
        if (!Started)
        {
            return;
        }

        Started = false;
        _attached = false;
        _reassembler.Reset();
        StopPump();
        Call("detach", () => _agent.ClientDetached(Peer));
    }

    public void Dispose() => Stop();

    /// <summary>Selection bytes and grab serials are on the wire only when both sides announced them.</summary>
    private AgentFraming Framing
    {
        get
        {
            var ours = _agent.Capabilities;
            var theirs = Peer.ClientCaps;
            return new AgentFraming(
                ours.Has(AgentCapability.ClipboardSelection) && theirs.Has(AgentCapability.ClipboardSelection),
                ours.Has(AgentCapability.ClipboardGrabSerial) && theirs.Has(AgentCapability.ClipboardGrabSerial));
        }
    }

    private void Dispatch(IAgentMessage message)
    {
        switch (message)
        {
            case AnnounceCapabilities caps:
                Peer.SetClientCaps(caps.Caps);
                AgentLog.ClientCaps(_logger, SessionId, caps.Caps.ToString());
                if (caps.Request)
                {
                    ResetGrabSerials();
                    Post(new AnnounceCapabilities(false, _agent.Capabilities));
                }

                if (!_attached)
                {
                    _attached = true;
                    Call("attach", () => _agent.ClientAttached(Peer));
                }

                break;
            case MaxClipboard max:
                Peer.SetMaxClipboard(max.Max);
                break;
            case MonitorsConfig config:
                var ok = Call("monitors config", () => _agent.MonitorsConfig(Peer, config));
                Post(new AgentReply(AgentMessageType.MonitorsConfig, ok ? AgentReply.Success : AgentReply.Failure));
                break;
            case ClipboardGrab grab when AcceptGrab(grab):
                Call("clipboard grab", () => _agent.ClipboardGrab(Peer, grab));
                break;
            case ClipboardRequest request:
                Call("clipboard request", () => _agent.ClipboardRequest(Peer, request));
                break;
            case ClipboardData data:
                Call("clipboard data", () => _agent.ClipboardData(Peer, data));
                break;
            case ClipboardRelease release:
                Call("clipboard release", () => _agent.ClipboardRelease(Peer, release));
                break;
            case FileXferStart start:
                Call("file transfer start", () => _agent.FileXferStart(Peer, start));
                break;
            case FileXferData data:
                Call("file transfer data", () => _agent.FileXferData(Peer, data));
                break;
            case FileXferStatus status:
                Call("file transfer status", () => _agent.FileXferStatus(Peer, status));
                break;
            case ClipboardGrab:
                break;
            case MouseState or DisplayConfig or AudioVolumeSync or GraphicsDeviceInfo:
                AgentLog.Ignored(_logger, SessionId, message.Type);
                break;
            default:
                Drop($"a client does not send {message.Type}");
                break;
        }
    }

    private void Call(string what, Action action) => Call(what, () =>
    {
        action();
        return true;
    });

    /// <summary>An embedder bug must not end the client's session: it is logged and the message counts as failed.</summary>
    private bool Call(string what, Func<bool> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            AgentLog.AgentFailed(_logger, SessionId, what, e);
            return false;
        }
    }

    /// <summary>The first drop of a session is a warning, the rest are debug lines: a flood cannot flood the log.</summary>
    private void Drop(string reason)
    {
        Dropped++;
        if (_warnedOnce)
        {
            AgentLog.DroppedAgain(_logger, SessionId, reason);
            return;
        }

        _warnedOnce = true;
        AgentLog.Dropped(_logger, SessionId, reason);
    }
}
