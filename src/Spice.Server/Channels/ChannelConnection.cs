using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// What every channel shares once linked: one read loop over the connection's PipeReader, one
/// send loop that owns the socket's write side, the ACK window, ping/pong and disconnecting.
/// Channels add their own messages on top: small control messages through a bounded queue,
/// and state that merges (display updates, cursor position) through <see cref="Produce"/>.
/// </summary>
internal abstract partial class ChannelConnection
{
    /// <summary>Largest message body a client may send; clients send small messages.</summary>
    private const int MaxClientMessageSize = 1024 * 1024;

    private readonly ChannelContext _context;
    private readonly CancellationTokenSource _closed = new();
    private readonly KeyValuePair<string, object?> _channelTag;
    private readonly bool _usesAcks;

    protected ChannelConnection(ChannelContext context, ChannelKind kind, bool usesAcks)
    {
        _context = context;
        Kind = kind;
        _usesAcks = usesAcks;
        _channelTag = new("channel", Name);
        Logger = context.Server.LoggerFactory.CreateLogger(GetType());
        _builder = new MessageBuilder(context.MiniHeader);
        _ackWindow = Math.Max(1, context.Server.Options.AckWindow);
    }

    public ChannelKind Kind { get; }

    public string Name => Kind.ToString().ToLowerInvariant();

    /// <summary>The last measured ping round trip.</summary>
    public TimeSpan? RoundTrip { get; private set; }

    protected ClientSession Session => _context.Session;

    protected SpiceServer Server => _context.Server;

    protected CapabilitySet ChannelCaps => _context.Request.ChannelCaps;

    protected CapabilitySet CommonCaps => _context.Request.CommonCaps;

    protected ILogger Logger { get; }

    /// <summary>Ends this channel (not the session) at the next opportunity.</summary>
    public void Close()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async Task RunAsync(CancellationToken serverStopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(serverStopping, Session.Closing, _closed.Token);
        var cancellationToken = linked.Token;
        Session.Attach(Kind, this);
        var reason = "closed";
        try
        {
            OnStart();
            Task[] loops = [ReceiveLoopAsync(cancellationToken), SendLoopAsync(cancellationToken), PingLoopAsync(cancellationToken)];
            var first = await Task.WhenAny(loops).ConfigureAwait(false);
            await linked.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(loops).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            reason = Describe(first, serverStopping);
        }
        finally
        {
            Session.Detach(Kind, this);
            OnClosed(reason);
            _builder.Dispose();
            _closed.Dispose();
        }
    }

    /// <summary>Queues the first messages of the channel; runs before the loops start.</summary>
    protected virtual void OnStart()
    {
    }

    /// <summary>Runs once the connection is gone, with the reason in words.</summary>
    protected virtual void OnClosed(string reason) => ServerLog.ChannelClosed(Logger, Session.Id, Name, reason);

    /// <summary>Handles one channel-specific message (types from 101 on).</summary>
    protected abstract void OnMessage(ushort type, ReadOnlySpan<byte> body);

    private string Describe(Task first, CancellationToken serverStopping)
    {
        if (first.Exception?.GetBaseException() is { } e)
        {
            if (e is IOException or SocketException or ProtocolViolationException or ObjectDisposedException)
            {
                return e.Message;
            }

            if (e is not OperationCanceledException)
            {
                ServerLog.ChannelFailed(Logger, Session.Id, Name, e);
                return $"internal error: {e.GetType().Name}";
            }
        }

        if (serverStopping.IsCancellationRequested)
        {
            return "server stopping";
        }

        if (Session.Closing.IsCancellationRequested && Kind != ChannelKind.Main)
        {
            return "main channel closed";
        }

        if (_closed.IsCancellationRequested)
        {
            return _closeReason ?? "replaced by a newer link";
        }

        return _clientDisconnecting ? "client disconnected" : "client closed the connection";
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _context.Reader;
        var headerSize = _context.MiniHeader ? 6 : 18;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                while (TryReadFrame(ref buffer, headerSize, out var type, out var body))
                {
                    ServerMetrics.MessagesReceived.Add(1, _channelTag);
                    ServerMetrics.BytesReceived.Add(headerSize + body.Length, _channelTag);
                    Dispatch(type, body);
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    if (!buffer.IsEmpty)
                    {
                        throw new IOException($"the connection closed in the middle of a message ({buffer.Length} bytes left)");
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

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int headerSize, out ushort type, out ReadOnlySequence<byte> body)
    {
        type = 0;
        body = default;
        if (buffer.Length < headerSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[18];
        buffer.Slice(0, headerSize).CopyTo(header);
        var typeAt = headerSize == 6 ? 0 : 8;
        type = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(header[typeAt..]);
        var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(header[(typeAt + 2)..]);
        if (size > MaxClientMessageSize)
        {
            throw new ProtocolViolationException($"message type {type} announces {size} bytes, over the {MaxClientMessageSize}-byte limit");
        }

        if (buffer.Length - headerSize < size)
        {
            return false;
        }

        body = buffer.Slice(headerSize, size);
        buffer = buffer.Slice(body.End);
        return true;
    }

    private void Dispatch(ushort type, ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            Dispatch(type, body.FirstSpan);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
        try
        {
            body.CopyTo(rented);
            Dispatch(type, rented.AsSpan(0, (int)body.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Dispatch(ushort type, ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        switch (type)
        {
            case BaseMsg.ClientAckSync:
                _clientAckGeneration = r.UInt32();
                return;
            case BaseMsg.ClientAck:
                OnAck();
                return;
            case BaseMsg.ClientPong:
                OnPong(r.UInt32(), r.UInt64());
                return;
            case BaseMsg.ClientDisconnecting:
                _clientDisconnecting = true;
                return;
            case BaseMsg.ClientMigrateFlushMark or BaseMsg.ClientMigrateData:
                return;
            default:
                OnMessage(type, body);
                return;
        }
    }

    private void OnPong(uint id, ulong timestamp)
    {
        if (id == 0 || id != _lastPingId)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime((long)timestamp);
        RoundTrip = elapsed;
        ServerLog.Latency(Logger, Session.Id, Name, elapsed.TotalMilliseconds);
    }

    private async Task PingLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Server.Options.PingInterval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = ++_lastPingId;
            var timestamp = (ulong)Stopwatch.GetTimestamp();
            Enqueue(b =>
            {
                b.Begin(BaseMsg.Ping);
                b.WriteUInt32(id);
                b.WriteUInt64(timestamp);
                b.End();
            });
        }
    }
}
