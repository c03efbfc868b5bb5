using System.Buffers;
using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
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

    protected ChannelConnection(ChannelContext context, ChannelType kind, bool usesAcks)
    {
        _context = context;
        Kind = kind;
        _usesAcks = usesAcks;
        _channelTag = new("channel", Name);
        Logger = context.Server.LoggerFactory.CreateLogger(GetType());
        _builder = new MessageBuilder(context.MiniHeader);
        _ackWindow = Math.Max(1, context.Server.Options.AckWindow);
    }

    public ChannelType Kind { get; }

    public string Name => Kind.ToString().ToLowerInvariant();

    /// <summary>The last measured ping round trip.</summary>
    public TimeSpan? RoundTrip { get; private set; }

    protected ClientSession Session => _context.Session;

    protected SpiceServer Server => _context.Server;

    protected Capabilities ChannelCaps => _context.Request.ChannelCaps;

    protected Capabilities CommonCaps => _context.Request.CommonCaps;

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

    /// <summary>
    /// Handles one channel-specific message (types from 101 on), reading it with its Spice.Protocol
    /// class; byte payloads read from <paramref name="body"/> are valid only during the call.
    /// </summary>
    protected virtual void OnMessage(ushort type, ReadOnlyMemory<byte> body) =>
        ServerLog.UnknownMessage(Logger, Session.Id, Name, type);

    private string Describe(Task first, CancellationToken serverStopping)
    {
        if (first.Exception?.GetBaseException() is { } e)
        {
            if (e is IOException or SocketException or WebSocketException or SpiceProtocolException or ObjectDisposedException)
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

        if (Session.Closing.IsCancellationRequested && Kind != ChannelType.Main)
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
        var headerSize = MessageHeader.SizeOf(_context.MiniHeader);
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                while (FrameReader.TryRead(ref buffer, _context.MiniHeader, out ushort type, out var body, MaxClientMessageSize))
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

    private void Dispatch(ushort type, ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            Dispatch(type, body.First);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
        try
        {
            body.CopyTo(rented);
            Dispatch(type, rented.AsMemory(0, (int)body.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Dispatch(ushort type, ReadOnlyMemory<byte> body)
    {
        switch (type)
        {
            case (ushort)CommonClientMessageType.AckSync:
                _clientAckGeneration = SpiceMessage.Read<AckSync>(body).Generation;
                return;
            case (ushort)CommonClientMessageType.Ack:
                OnAck();
                return;
            case (ushort)CommonClientMessageType.Pong:
                var pong = SpiceMessage.Read<Pong>(body);
                OnPong(pong.Id, pong.Timestamp);
                return;
            case (ushort)CommonClientMessageType.Disconnecting:
                SpiceMessage.Read<ClientDisconnecting>(body);
                _clientDisconnecting = true;
                return;
            case (ushort)CommonClientMessageType.MigrateFlushMark or (ushort)CommonClientMessageType.MigrateData:
                return;
            default:
                OnMessage(type, body);
                return;
        }
    }

    /// <summary>A pong for a ping the channel sent itself (the main channel's net test); true when it was one.</summary>
    protected virtual bool OnOwnPong(uint id, TimeSpan elapsed) => false;

    private void OnPong(uint id, ulong timestamp)
    {
        if (OnOwnPong(id, Stopwatch.GetElapsedTime((long)timestamp)))
        {
            return;
        }

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
            Enqueue(new Ping { Id = id, Timestamp = timestamp });
        }
    }
}
