using Spice.Protocol;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// One client's end of the agent tunnel, as the <see cref="ISpiceAgent"/> sees it: what the client
/// announced and a way to send it agent messages. Sending never blocks; the messages wait in a
/// bounded queue for the client's tokens, and one that does not fit is dropped and logged.
/// </summary>
public sealed class SpiceAgentPeer
{
    private readonly Func<IAgentMessage, bool> _send;
    private volatile Capabilities _clientCaps = new();
    private int _maxClipboard = AgentLimits.MaxClipboardSize;

    internal SpiceAgentPeer(uint sessionId, string remote, Func<IAgentMessage, bool> send)
    {
        SessionId = sessionId;
        Remote = remote;
        _send = send;
    }

    public uint SessionId { get; }

    public string Remote { get; }

    /// <summary>What the client announced (empty until its ANNOUNCE_CAPABILITIES arrives).</summary>
    public Capabilities ClientCaps => _clientCaps;

    /// <summary>The largest clipboard the client takes (VD_AGENT_MAX_CLIPBOARD), or our own limit.</summary>
    public int MaxClipboard => Volatile.Read(ref _maxClipboard);

    /// <summary>Queues a message for the client; false when the queue is full or the client is gone.</summary>
    public bool Send(IAgentMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _send(message);
    }

    /// <summary>Offers this side's clipboard to the client (it asks with a clipboard request).</summary>
    public bool GrabClipboard(IReadOnlyList<ClipboardType> types, ClipboardSelection selection = ClipboardSelection.Clipboard) =>
        Send(new ClipboardGrab(selection, 0, types));

    /// <summary>Sends clipboard contents; refused (false) when larger than what the client takes.</summary>
    public bool SendClipboard(ClipboardType type, ReadOnlyMemory<byte> data, ClipboardSelection selection = ClipboardSelection.Clipboard) =>
        data.Length <= MaxClipboard && Send(new ClipboardData(selection, type, data));

    public bool ReleaseClipboard(ClipboardSelection selection = ClipboardSelection.Clipboard) => Send(new ClipboardRelease(selection));

    internal void SetClientCaps(Capabilities caps) => _clientCaps = caps;

    internal void SetMaxClipboard(int max) => Volatile.Write(ref _maxClipboard, max <= 0 ? AgentLimits.MaxClipboardSize : Math.Min(max, AgentLimits.MaxClipboardSize));
}
