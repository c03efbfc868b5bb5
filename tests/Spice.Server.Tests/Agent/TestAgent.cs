using System.Collections.Concurrent;
using System.Drawing;
using System.Text;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Server.Agent;

namespace Spice.Server.Tests.Agent;

/// <summary>A small embedder agent for loopback tests: lays the display out, keeps clipboard text, saves files.</summary>
internal sealed class TestAgent(SpiceDisplay display, string shareDir, int maxClipboard = 1024 * 1024, Func<string, long>? freeSpace = null) : ISpiceAgent, IDisposable
{
    private readonly ConcurrentDictionary<uint, SpiceAgentPeer> _peers = new();
    private readonly TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FileXferReceiver Files { get; } = new(shareDir, freeSpace: freeSpace);

    public Capabilities Capabilities { get; init; } = new Capabilities()
        .Set(AgentCapability.MonitorsConfig).Set(AgentCapability.Reply).Set(AgentCapability.ClipboardByDemand)
        .Set(AgentCapability.ClipboardSelection).Set(AgentCapability.MonitorsConfigPosition).Set(AgentCapability.MaxClipboard)
        .Set(AgentCapability.FileXferDetailedErrors);

    public BlockingCollection<string> Received { get; } = new(boundedCapacity: 16);

    /// <summary>Client grabs that reached the agent (the tunnel drops stale ones first).</summary>
    public ConcurrentQueue<ClipboardGrab> Grabs { get; } = new();

    public int Refused;

    public string? Offered { get; set; }

    public int Detached;

    public Task Attached => _attached.Task;

    public void ClientAttached(SpiceAgentPeer peer)
    {
        _peers[peer.SessionId] = peer;
        _attached.TrySetResult();
    }

    public void ClientDetached(SpiceAgentPeer peer)
    {
        _peers.TryRemove(peer.SessionId, out _);
        Files.Abandon(peer);
        Interlocked.Increment(ref Detached);
    }

    public bool MonitorsConfig(SpiceAgentPeer peer, MonitorsConfig config)
    {
        var x = 0;
        var heads = new List<Rectangle>();
        foreach (var m in config.Monitors)
        {
            heads.Add(new Rectangle(x, 0, (int)m.Width, (int)m.Height));
            x += (int)m.Width;
        }

        display.SetMonitors(heads);
        return true;
    }

    public void ClipboardGrab(SpiceAgentPeer peer, ClipboardGrab grab)
    {
        Grabs.Enqueue(grab);
        peer.Send(new ClipboardRequest(grab.Selection, ClipboardType.Utf8Text));
    }

    public void ClipboardData(SpiceAgentPeer peer, ClipboardData data)
    {
        if (data.Data.Length > maxClipboard)
        {
            Interlocked.Increment(ref Refused);
            return;
        }

        Received.TryAdd(Encoding.UTF8.GetString(data.Data.Span));
    }

    public void ClipboardRequest(SpiceAgentPeer peer, ClipboardRequest request) =>
        peer.SendClipboard(ClipboardType.Utf8Text, Encoding.UTF8.GetBytes(Offered ?? string.Empty), request.Selection);

    public void FileXferStart(SpiceAgentPeer peer, FileXferStart start) => Files.Start(peer, start);

    public void FileXferData(SpiceAgentPeer peer, FileXferData data) => Files.Data(peer, data);

    public void FileXferStatus(SpiceAgentPeer peer, FileXferStatus status) => Files.Status(peer, status);

    public void Offer(string text)
    {
        Offered = text;
        foreach (var peer in _peers.Values)
        {
            peer.GrabClipboard([ClipboardType.Utf8Text]);
        }
    }

    public void Dispose() => Files.Dispose();
}
