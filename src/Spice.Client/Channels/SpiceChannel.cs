using System.Buffers;
using System.IO.Pipelines;
using Microsoft.Extensions.Logging;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Framing;

namespace Spice.Client.Channels;

/// <summary>
/// What every channel does: one read loop over the linked stream (PipeReader, frames split by
/// FrameReader), dispatch through one table, one serialized writer, and the common messages
/// (set-ack/ack, ping/pong, notify, disconnecting) in <c>SpiceChannel.Common.cs</c>. A message whose
/// body does not parse is dropped, as spice-gtk does: the framing still holds, so the next one can be read.
/// </summary>
public abstract partial class SpiceChannel : IAsyncDisposable
{
    private readonly Dictionary<ushort, MessageHandler> _handlers = [];
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SpiceWriter _writer = new(1024);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _serial;
    private Task? _run;
    private int _disposed;

    private protected SpiceChannel(LinkedStream link, ILogger logger)
    {
        _stream = link.Stream;
        Type = link.Type;
        Id = link.Id;
        ServerCommonCaps = link.ServerCommonCaps;
        ServerChannelCaps = link.ServerChannelCaps;
        ClientChannelCaps = link.ClientChannelCaps;
        MiniHeader = link.MiniHeader;
        Logger = logger;
        RegisterCommonHandlers();
    }

    public ChannelType Type { get; }

    public byte Id { get; }

    /// <summary>Common capabilities the server announced in its link reply.</summary>
    public Capabilities ServerCommonCaps { get; }

    /// <summary>Channel capabilities the server announced in its link reply.</summary>
    public Capabilities ServerChannelCaps { get; }

    /// <summary>Channel capabilities this client announced.</summary>
    public Capabilities ClientChannelCaps { get; }

    public bool MiniHeader { get; }

    /// <summary>Completes when the channel has closed, with the failure that closed it, or null for a clean close.</summary>
    public Task<Exception?> Closed => _closed.Task;

    private protected ILogger Logger { get; }

    private protected void On<TEnum>(TEnum type, MessageHandler handler) where TEnum : struct, Enum =>
        _handlers[Convert.ToUInt16(type, System.Globalization.CultureInfo.InvariantCulture)] = handler;

    /// <summary>Starts the read loop; the channel's own start-up messages go out first.</summary>
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        await OnLinkedAsync(cancellationToken).ConfigureAwait(false);
        _run = Task.Run(() => RunGuardedAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>Messages a channel sends right after its link (display init, attach channels...).</summary>
    private protected virtual Task OnLinkedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Frames and sends one message; concurrent callers are serialized.</summary>
    public async Task SendAsync(Protocol.Messages.ISpiceMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(_disposed != 0 || _closed.Task.IsCompleted, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _writer.Reset();
            FrameWriter.Write(_writer, message, MiniHeader, ++_serial);
            await _stream.WriteAsync(_writer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task RunGuardedAsync(CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            await ReadLoopAsync(cancellationToken).ConfigureAwait(false);
            ClientLog.ChannelClosed(Logger, Type, Id, "server closed the connection");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ClientLog.ChannelClosed(Logger, Type, Id, "closed by the client");
        }
        catch (Exception e) when (e is SpiceProtocolException or IOException or ObjectDisposedException)
        {
            error = e;
            ClientLog.ChannelClosed(Logger, Type, Id, e.Message);
        }
        finally
        {
            _closed.TrySetResult(error);
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    while (FrameReader.TryRead(ref buffer, MiniHeader, out ushort type, out var body))
                    {
                        if (body.IsSingleSegment)
                        {
                            await DispatchAsync(type, body.First, cancellationToken).ConfigureAwait(false);
                            continue;
                        }

                        // A message across pipe segments (every video frame larger than the 64 KiB read buffer) is
                        // joined in a pooled array: handlers must not keep a body past dispatch anyway, since a
                        // single-segment body is the pipe's own memory.
                        var length = (int)body.Length;
                        var joined = ArrayPool<byte>.Shared.Rent(length);
                        try
                        {
                            body.CopyTo(joined);
                            await DispatchAsync(type, joined.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            ArrayPool<byte>.Shared.Return(joined);
                        }
                    }

                    if (result.IsCompleted)
                    {
                        if (!buffer.IsEmpty)
                        {
                            throw new SpiceProtocolException($"server closed the {Type} channel in the middle of a message ({buffer.Length} bytes left over)");
                        }

                        return;
                    }
                }
                finally
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask DispatchAsync(ushort type, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ClientLog.MessageReceived(Logger, Type, Id, type, body.Length);
        if (_handlers.TryGetValue(type, out var handler))
        {
            try
            {
                await handler(body, cancellationToken).ConfigureAwait(false);
            }
            catch (SpiceProtocolException e)
            {
                ClientLog.MessageDropped(Logger, Type, Id, $"malformed message {type} ({body.Length} bytes): {e.Message}");
            }
        }
        else
        {
            ClientLog.UnknownMessage(Logger, Type, Id, type, body.Length);
        }

        await CountAckAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (_run is not null)
        {
            await _run.ConfigureAwait(false);
        }

        _closed.TrySetResult(null);
        _stop.Dispose();
        _writeLock.Dispose();
        _writer.Dispose();
        GC.SuppressFinalize(this);
    }
}
