using System.Threading.Channels;
using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>
/// File transfer to the guest: start (name and size), wait for the agent's go-ahead, data in
/// pieces with backpressure, then its final status. The agent may end it at any point (cancelled,
/// error, not enough space, disabled...); our cancellation tells the agent with a cancelled status.
/// </summary>
public sealed partial class AgentClient
{
    /// <summary>Bytes of file data per file-transfer-data message (32 chunks, as spice-gtk reads).</summary>
    internal const int FileDataPiece = 32 * AgentLimits.MaxChunkSize;

    private readonly Dictionary<uint, Channel<FileXferStatus>> _transfers = [];
    private uint _nextTransferId;

    /// <summary>Sends a file to the guest; completes when the agent reports success, throws <see cref="FileTransferException"/> otherwise.</summary>
    public async Task SendFileAsync(string path, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await SendFileAsync(Path.GetFileName(path), file, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="content"/> (its length must be known) as a file named <paramref name="name"/>.</summary>
    public async Task SendFileAsync(string name, Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        var size = content.Length;
        if (size > AgentLimits.MaxFileSize)
        {
            throw new ArgumentOutOfRangeException(nameof(content), $"file of {size} bytes is over the {AgentLimits.MaxFileSize}-byte limit");
        }

        await WaitForAgentAsync(cancellationToken).ConfigureAwait(false);
        if (HasAgentCap(AgentCapability.FileXferDisabled))
        {
            throw new FileTransferException("file transfer is disabled in the guest agent");
        }

        var statuses = Channel.CreateBounded<FileXferStatus>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        uint id;
        lock (_transfers)
        {
            id = ++_nextTransferId;
            _transfers[id] = statuses;
        }

        try
        {
            await SendAgentAsync(new FileXferStart(id, name, (ulong)size), cancellationToken).ConfigureAwait(false);
            var first = await statuses.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (first.Result != FileXferStatusCode.CanSendData)
            {
                throw Failure(first, size);
            }

            await SendDataAsync(id, content, size, statuses.Reader, progress, cancellationToken).ConfigureAwait(false);
            var last = await statuses.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (last.Result != FileXferStatusCode.Success)
            {
                throw Failure(last, size);
            }

            AgentLog.FileTransferEnded(_logger, id, "success");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AgentLog.FileTransferEnded(_logger, id, "cancelled by us");
            if (IsConnected)
            {
                Post(new FileXferStatus(id, FileXferStatusCode.Cancelled));
            }

            throw;
        }
        catch (ChannelClosedException e)
        {
            throw e.InnerException as AgentException ?? new AgentException("the file transfer was interrupted", e);
        }
        finally
        {
            lock (_transfers)
            {
                _transfers.Remove(id);
            }
        }
    }

    private async Task SendDataAsync(uint id, Stream content, long size, ChannelReader<FileXferStatus> statuses, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[FileDataPiece];
        long sent = 0;
        do
        {
            if (statuses.TryRead(out var early))
            {
                throw Failure(early, size);
            }

            var n = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, size - sent)), cancellationToken).ConfigureAwait(false);
            if (n == 0 && sent < size)
            {
                throw new FileTransferException($"the file ended after {sent} of {size} bytes");
            }

            await SendAgentAsync(new FileXferData(id, buffer.AsMemory(0, n)), cancellationToken).ConfigureAwait(false);
            sent += n;
            progress?.Report(sent);
        }
        while (sent < size);
    }

    private FileTransferException Failure(FileXferStatus status, long size)
    {
        var detailed = HasAgentCap(AgentCapability.FileXferDetailedErrors);
        var message = status.Result switch
        {
            FileXferStatusCode.Cancelled => "the guest agent cancelled the file transfer",
            FileXferStatusCode.Error when detailed && status.ErrorDetail is { ErrorType: FileXferStatus.ErrorTypeGlibIo } e =>
                $"the guest agent reported an I/O error (GIO error {e.ErrorCode}{(e.ErrorCode == 6 ? ", invalid file name" : "")})",
            FileXferStatusCode.Error => "the guest agent reported an error during the file transfer",
            FileXferStatusCode.NotEnoughSpace when detailed && status.DiskFreeSpace is { } free =>
                $"not enough space in the guest ({free} bytes free, {size} to transfer)",
            FileXferStatusCode.NotEnoughSpace => "not enough space in the guest",
            FileXferStatusCode.SessionLocked => "the guest session is locked",
            FileXferStatusCode.VdagentNotConnected => "the guest's session agent is not connected",
            FileXferStatusCode.Disabled => "file transfer is disabled in the guest agent",
            FileXferStatusCode.CanSendData => "the guest agent asked for data again after it was sent",
            _ => $"the guest agent answered with unknown status {(uint)status.Result}",
        };
        AgentLog.FileTransferEnded(_logger, status.Id, message);
        return new FileTransferException(message, status);
    }

    private void OnFileXferStatus(FileXferStatus status)
    {
        Channel<FileXferStatus>? transfer;
        lock (_transfers)
        {
            _transfers.TryGetValue(status.Id, out transfer);
        }

        if (transfer is null)
        {
            AgentLog.Dropped(_logger, $"file transfer status {status.Result} for unknown transfer {status.Id}");
            return;
        }

        transfer.Writer.TryWrite(status);
    }

    private void FailFileTransfers(Exception error)
    {
        lock (_transfers)
        {
            foreach (var t in _transfers.Values)
            {
                t.Writer.TryComplete(error);
            }
        }
    }
}
