using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// Receives files that clients drop into the session, into one share folder. Each file is written
/// under a temporary name and renamed to its own (made unique: "name (1).txt") only once exactly the
/// announced size arrived; it is deleted when the client cancels, fails, or disconnects, or the disk
/// fills up. Unsafe names (paths, "..") are refused with an error; a file larger than the free space
/// with NOT_ENOUGH_SPACE. Handlers run on the client's read loop; see <c>FileXferReceiver.Transfer.cs</c>.
/// </summary>
public sealed partial class FileXferReceiver : IDisposable
{
    /// <summary>Unfinished transfers are named so; no client may pick such a name.</summary>
    public const string TempPrefix = ".spice-xfer-";

    /// <summary>Transfers one client may run at once.</summary>
    public const int MaxTransfersPerClient = 16;

    private readonly ConcurrentDictionary<(uint Session, uint Id), Transfer> _transfers = new();
    private readonly ILogger _logger;
    private readonly Func<string, long> _freeSpace;

    public FileXferReceiver(string directory, ILogger? logger = null, Func<string, long>? freeSpace = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        _logger = logger ?? NullLogger.Instance;
        _freeSpace = freeSpace ?? (dir => new DriveInfo(dir).AvailableFreeSpace);
    }

    public string Directory { get; }

    /// <summary>Raised on every change of a transfer, on the client's read loop; keep handlers short.</summary>
    public event EventHandler<FileXferProgress>? Progress;

    /// <summary>Transfers under way.</summary>
    public int Active => _transfers.Count;

    public void Start(SpiceAgentPeer peer, FileXferStart start)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(start);
        if (!SafeFileName.IsSafe(start.Name, out var reason))
        {
            Refuse(peer, start, reason, FileXferStatus.WithError(start.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.InvalidFilename));
            return;
        }

        if (_transfers.ContainsKey((peer.SessionId, start.Id)) || _transfers.Keys.Count(k => k.Session == peer.SessionId) >= MaxTransfersPerClient)
        {
            Refuse(peer, start, "too many transfers, or a duplicate id", FileXferStatus.WithError(start.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.Busy));
            return;
        }

        long free;
        try
        {
            free = _freeSpace(Directory);
        }
        catch (IOException)
        {
            free = long.MaxValue;
        }

        if (start.Size > (ulong)Math.Max(0, free))
        {
            Refuse(peer, start, $"{start.Size} bytes do not fit in {free} free bytes", FileXferStatus.WithNotEnoughSpace(start.Id, (ulong)Math.Max(0, free)));
            return;
        }

        Transfer transfer;
        try
        {
            transfer = Transfer.Create(Directory, start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(peer, start, e.Message, FileXferStatus.WithError(start.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.Failed));
            return;
        }

        _transfers[(peer.SessionId, start.Id)] = transfer;
        AgentLog.FileStarted(_logger, start.Id, start.Name, start.Size);
        Report(peer, transfer, FileXferState.Receiving);
        if (start.Size == 0)
        {
            Finish(peer, transfer);
            return;
        }

        peer.Send(new FileXferStatus(start.Id, FileXferStatusCode.CanSendData));
    }

    public void Data(SpiceAgentPeer peer, FileXferData data)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(data);
        if (!_transfers.TryGetValue((peer.SessionId, data.Id), out var transfer))
        {
            AgentLog.FileAbandoned(_logger, data.Id, "data for a transfer that is not running");
            return;
        }

        if (transfer.Received + (ulong)data.Data.Length > transfer.Size)
        {
            Fail(peer, transfer, "more data than announced", FileXferStatus.WithError(data.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.Failed));
            return;
        }

        try
        {
            transfer.Write(data.Data.Span);
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            Fail(peer, transfer, "the disk is full", FileXferStatus.WithNotEnoughSpace(data.Id, (ulong)Math.Max(0, SafeFreeSpace())));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(peer, transfer, e.Message, FileXferStatus.WithError(data.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.Failed));
            return;
        }

        if (transfer.Received == transfer.Size)
        {
            Finish(peer, transfer);
            return;
        }

        Report(peer, transfer, FileXferState.Receiving);
    }

    /// <summary>The client's own status: a cancel or an error ends the transfer and deletes the partial file.</summary>
    public void Status(SpiceAgentPeer peer, FileXferStatus status)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(status);
        if (_transfers.TryRemove((peer.SessionId, status.Id), out var transfer))
        {
            transfer.Discard();
            AgentLog.FileAbandoned(_logger, status.Id, $"the client says {status.Result}");
            Report(peer, transfer, FileXferState.Cancelled, reason: status.Result.ToString());
        }
    }

    /// <summary>The client went away: every transfer of it is deleted.</summary>
    public void Abandon(SpiceAgentPeer peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        foreach (var key in _transfers.Keys.Where(k => k.Session == peer.SessionId).ToArray())
        {
            if (_transfers.TryRemove(key, out var transfer))
            {
                transfer.Discard();
                AgentLog.FileAbandoned(_logger, key.Id, "the client disconnected");
                Report(peer, transfer, FileXferState.Cancelled, reason: "client disconnected");
            }
        }
    }

    public void Dispose()
    {
        foreach (var key in _transfers.Keys.ToArray())
        {
            if (_transfers.TryRemove(key, out var transfer))
            {
                transfer.Discard();
            }
        }
    }

    private static bool IsDiskFull(IOException e) => (e.HResult & 0xFFFF) == 28 || (e.HResult & 0xFFFF) == 112;

    private long SafeFreeSpace()
    {
        try
        {
            return _freeSpace(Directory);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private void Finish(SpiceAgentPeer peer, Transfer transfer)
    {
        _transfers.TryRemove((peer.SessionId, transfer.Id), out _);
        string path;
        try
        {
            path = transfer.Complete(Directory);
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            transfer.Discard();
            peer.Send(FileXferStatus.WithNotEnoughSpace(transfer.Id, (ulong)Math.Max(0, SafeFreeSpace())));
            Report(peer, transfer, FileXferState.Failed, reason: "the disk is full");
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            transfer.Discard();
            peer.Send(FileXferStatus.WithError(transfer.Id, FileXferStatus.ErrorTypeGlibIo, GlibIoError.Failed));
            Report(peer, transfer, FileXferState.Failed, reason: e.Message);
            return;
        }

        AgentLog.FileSaved(_logger, transfer.Id, path);
        peer.Send(new FileXferStatus(transfer.Id, FileXferStatusCode.Success));
        Report(peer, transfer, FileXferState.Completed, path);
    }

    private void Fail(SpiceAgentPeer peer, Transfer transfer, string reason, FileXferStatus status)
    {
        _transfers.TryRemove((peer.SessionId, transfer.Id), out _);
        transfer.Discard();
        AgentLog.FileAbandoned(_logger, transfer.Id, reason);
        peer.Send(status);
        Report(peer, transfer, FileXferState.Failed, reason: reason);
    }

    private void Refuse(SpiceAgentPeer peer, FileXferStart start, string reason, FileXferStatus status)
    {
        AgentLog.FileRefused(_logger, start.Id, start.Name, reason);
        peer.Send(status);
        Progress?.Invoke(this, new FileXferProgress(peer.SessionId, start.Id, start.Name, 0, start.Size, FileXferState.Refused, Reason: reason));
    }

    private void Report(SpiceAgentPeer peer, Transfer transfer, FileXferState state, string? path = null, string? reason = null) =>
        Progress?.Invoke(this, new FileXferProgress(peer.SessionId, transfer.Id, transfer.Name, transfer.Received, transfer.Size, state, path, reason));
}
