using System.Threading.Channels;
using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// Agent to client: a bounded queue of serialized messages and one pump that cuts them into
/// AGENT_DATA chunks, spending one client token per chunk and keeping at most a few chunks in the
/// channel's send queue, so a big clipboard neither floods the socket nor the control queue.
/// </summary>
internal sealed partial class AgentTunnel
{
    private const int QueueCapacity = 128;
    private const int MaxChunksInFlight = 16;

    private readonly Action<uint> _returnTokens;
    private readonly Action<ReadOnlyMemory<byte>, Action> _sendChunk;
    private readonly Lock _tokenGate = new();
    private readonly SemaphoreSlim _inFlight = new(MaxChunksInFlight, MaxChunksInFlight);
    private Channel<(AgentMessageType Type, byte[] Bytes)>? _queue;
    private CancellationTokenSource? _stopPump;
    private TaskCompletionSource _tokenSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _clientTokens;

    /// <summary>AGENT_TOKEN: the client read some of our chunks.</summary>
    public void AddTokens(uint tokens)
    {
        TaskCompletionSource signal;
        lock (_tokenGate)
        {
            _clientTokens = Math.Min(uint.MaxValue, _clientTokens + tokens);
            signal = _tokenSignal;
            _tokenSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    private bool Post(IAgentMessage message)
    {
        var queue = _queue;
        if (queue is null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            var framing = Framing;
            bytes = AgentMessage.Serialize(StampGrab(message, framing), framing);
        }
        catch (InvalidOperationException e)
        {
            Drop($"outgoing {message.Type}: {e.Message}");
            return false;
        }

        if (queue.Writer.TryWrite((message.Type, bytes)))
        {
            return true;
        }

        Drop($"outgoing {message.Type}: the agent queue is full");
        return false;
    }

    private void StartPump()
    {
        _queue = Channel.CreateBounded<(AgentMessageType, byte[])>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _stopPump = new CancellationTokenSource();
        var queue = _queue;
        var stop = _stopPump.Token;
        _ = Task.Run(() => PumpAsync(queue, stop), CancellationToken.None);
    }

    private void StopPump()
    {
        _queue?.Writer.TryComplete();
        _queue = null;
        _stopPump?.Cancel();
        _stopPump?.Dispose();
        _stopPump = null;
    }

    private async Task PumpAsync(Channel<(AgentMessageType Type, byte[] Bytes)> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (type, bytes) in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var chunks = 0;
                foreach (var chunk in AgentChunker.Split(bytes))
                {
                    await TakeTokenAsync(cancellationToken).ConfigureAwait(false);
                    await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
                    _sendChunk(chunk, () => _inFlight.Release());
                    chunks++;
                }

                AgentLog.Sent(_logger, SessionId, type, bytes.Length, chunks);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task TakeTokenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_tokenGate)
            {
                if (_clientTokens > 0)
                {
                    _clientTokens--;
                    return;
                }

                signal = _tokenSignal.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
