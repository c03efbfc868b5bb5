using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Agent;
using Spice.Server.Agent;

namespace Spice.Cli.Demo;

/// <summary>
/// The agent `spice serve` builds in, doing for the demo desktop what spice-vdagent does in a guest:
/// a client's monitors config lays the desktop out as those monitors; text the client copies shows
/// on the demo; a line typed on the demo is offered as the clipboard; dropped files go to the share
/// folder (with --share-dir) with their progress on the demo.
/// </summary>
internal sealed class DemoAgent : ISpiceAgent, IDisposable
{
    /// <summary>Largest clipboard text the demo takes from a client; more is refused.</summary>
    public const int DefaultMaxClipboard = 1024 * 1024;

    private readonly DemoDesktop _desktop;
    private readonly FileXferReceiver? _files;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<uint, SpiceAgentPeer> _peers = new();
    private volatile string? _offered;

    public DemoAgent(DemoDesktop desktop, string? shareDirectory, ILogger logger, int maxClipboard = DefaultMaxClipboard)
    {
        _desktop = desktop;
        _logger = logger;
        MaxClipboard = maxClipboard;
        if (shareDirectory is not null)
        {
            _files = new FileXferReceiver(shareDirectory, logger);
            _files.Progress += (_, p) => _desktop.ShowTransfer(Describe(p));
        }

        Capabilities = new Capabilities()
            .Set(AgentCapability.MonitorsConfig)
            .Set(AgentCapability.Reply)
            .Set(AgentCapability.ClipboardByDemand)
            .Set(AgentCapability.ClipboardSelection)
            .Set(AgentCapability.MonitorsConfigPosition)
            .Set(AgentCapability.MaxClipboard)
            .Set(AgentCapability.ClipboardNoReleaseOnRegrab)
            .Set(AgentCapability.ClipboardGrabSerial)
            .Set(_files is null ? AgentCapability.FileXferDisabled : AgentCapability.FileXferDetailedErrors);
        desktop.LineEntered += Offer;
    }

    public Capabilities Capabilities { get; }

    public int MaxClipboard { get; }

    /// <summary>Clients whose agent tunnel is up (they announced their capabilities).</summary>
    public int Clients => _peers.Count;

    /// <summary>The text the demo offers as its clipboard (the last line typed with Enter).</summary>
    public string? Offered => _offered;

    public void ClientAttached(SpiceAgentPeer peer)
    {
        _peers[peer.SessionId] = peer;
        if (_offered is not null)
        {
            peer.GrabClipboard([ClipboardType.Utf8Text]);
        }
    }

    public void ClientDetached(SpiceAgentPeer peer)
    {
        _peers.TryRemove(new KeyValuePair<uint, SpiceAgentPeer>(peer.SessionId, peer));
        _files?.Abandon(peer);
    }

    public bool MonitorsConfig(SpiceAgentPeer peer, MonitorsConfig config)
    {
        if (MonitorLayout.From(config) is not { } heads)
        {
            DemoLog.LayoutRefused(_logger, peer.SessionId, config.Monitors.Count);
            return false;
        }

        if (_desktop.SetLayout(heads))
        {
            DemoLog.LayoutChanged(_logger, peer.SessionId, string.Join(", ", heads.Select(h => $"{h.Width}x{h.Height}+{h.X}+{h.Y}")));
        }

        return true;
    }

    public void ClipboardGrab(SpiceAgentPeer peer, ClipboardGrab grab)
    {
        if (grab.Selection == ClipboardSelection.Clipboard && grab.Types.Contains(ClipboardType.Utf8Text))
        {
            peer.Send(new ClipboardRequest(grab.Selection, ClipboardType.Utf8Text));
        }
    }

    public void ClipboardData(SpiceAgentPeer peer, ClipboardData data)
    {
        if (data.Selection != ClipboardSelection.Clipboard || data.DataType != ClipboardType.Utf8Text)
        {
            return;
        }

        if (data.Data.Length > MaxClipboard)
        {
            DemoLog.ClipboardRefused(_logger, peer.SessionId, data.Data.Length, MaxClipboard);
            return;
        }

        var text = Encoding.UTF8.GetString(data.Data.Span).TrimEnd('\0');
        DemoLog.ClipboardReceived(_logger, peer.SessionId, text.Length);
        _desktop.ShowClipboard(text);
    }

    public void ClipboardRequest(SpiceAgentPeer peer, ClipboardRequest request)
    {
        var offered = _offered;
        if (offered is null || request.DataType != ClipboardType.Utf8Text)
        {
            peer.Send(new ClipboardData(request.Selection, ClipboardType.None, ReadOnlyMemory<byte>.Empty));
            return;
        }

        if (!peer.SendClipboard(ClipboardType.Utf8Text, Encoding.UTF8.GetBytes(offered), request.Selection))
        {
            DemoLog.ClipboardRefused(_logger, peer.SessionId, Encoding.UTF8.GetByteCount(offered), peer.MaxClipboard);
        }
    }

    public void FileXferStart(SpiceAgentPeer peer, FileXferStart start)
    {
        if (_files is null)
        {
            peer.Send(new FileXferStatus(start.Id, FileXferStatusCode.Disabled));
            return;
        }

        _files.Start(peer, start);
    }

    public void FileXferData(SpiceAgentPeer peer, FileXferData data) => _files?.Data(peer, data);

    public void FileXferStatus(SpiceAgentPeer peer, FileXferStatus status) => _files?.Status(peer, status);

    public void Dispose() => _files?.Dispose();

    /// <summary>Makes <paramref name="text"/> the demo's clipboard and tells every client.</summary>
    public void Offer(string text)
    {
        _offered = text;
        DemoLog.ClipboardOffered(_logger, text.Length);
        foreach (var peer in _peers.Values)
        {
            peer.GrabClipboard([ClipboardType.Utf8Text]);
        }
    }

    private static string Describe(FileXferProgress p) => p.State switch
    {
        FileXferState.Receiving => $"{p.Name}: {p.Fraction:P0} of {p.Size} bytes",
        FileXferState.Completed => $"{p.Name}: saved ({p.Size} bytes)",
        _ => $"{p.Name}: {p.State.ToString().ToLowerInvariant()} ({p.Reason})",
    };
}
