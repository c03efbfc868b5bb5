using Spice.Protocol;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// The guest agent as the embedder provides it: what a spice-vdagent does inside a VM, done by the
/// program that owns the <see cref="SpiceDisplay"/>. The server carries the agent tunnel of the main
/// channel (tokens, chunking, capability exchange, max clipboard) and calls these methods, on the
/// client's read loop, for each whole message; answer through the <see cref="SpiceAgentPeer"/>.
/// Every method but <see cref="Capabilities"/> has a default that ignores the message.
/// </summary>
public interface ISpiceAgent
{
    /// <summary>
    /// What this agent announces to clients (VD_AGENT_CAP_*). With CLIPBOARD_GRAB_SERIAL the tunnel
    /// numbers this agent's grabs and drops the client's stale ones, as spice-vdagentd does; the
    /// agent sees only current grabs.
    /// </summary>
    Capabilities Capabilities { get; }

    /// <summary>A client started the agent tunnel and announced its capabilities: messages sent now are framed as it expects.</summary>
    void ClientAttached(SpiceAgentPeer peer)
    {
    }

    /// <summary>The client left (called for every client that sent AGENT_START): cancel its file transfers.</summary>
    void ClientDetached(SpiceAgentPeer peer)
    {
    }

    /// <summary>The client's window or monitor layout changed; true when the desktop took it (the reply says so).</summary>
    bool MonitorsConfig(SpiceAgentPeer peer, MonitorsConfig config) => false;

    void ClipboardGrab(SpiceAgentPeer peer, ClipboardGrab grab)
    {
    }

    /// <summary>The client wants what this side grabbed: answer with <see cref="SpiceAgentPeer.SendClipboard"/>.</summary>
    void ClipboardRequest(SpiceAgentPeer peer, ClipboardRequest request)
    {
    }

    void ClipboardData(SpiceAgentPeer peer, ClipboardData data)
    {
    }

    void ClipboardRelease(SpiceAgentPeer peer, ClipboardRelease release)
    {
    }

    /// <summary>A file transfer begins; answer CAN_SEND_DATA or a refusal with <see cref="SpiceAgentPeer.Send"/>.</summary>
    void FileXferStart(SpiceAgentPeer peer, FileXferStart start) =>
        peer.Send(new FileXferStatus(start.Id, FileXferStatusCode.Disabled));

    void FileXferData(SpiceAgentPeer peer, FileXferData data)
    {
    }

    /// <summary>The client cancelled (or failed) a transfer.</summary>
    void FileXferStatus(SpiceAgentPeer peer, FileXferStatus status)
    {
    }
}
