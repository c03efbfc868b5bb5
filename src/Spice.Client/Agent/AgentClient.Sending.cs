using Spice.Protocol.Agent;
using Spice.Protocol.Messages;

namespace Spice.Client.Agent;

/// <summary>The outgoing side: a bounded queue of whole agent messages, cut into chunks, one server token per chunk.</summary>
public sealed partial class AgentClient
{
    private sealed record Outgoing(AgentMessageType Type, byte[] Bytes, int Generation, TaskCompletionSource Sent);

    /// <summary>Queues a message and completes when its last chunk has gone to the server.</summary>
    internal async Task SendAgentAsync(IAgentMessage message, CancellationToken cancellationToken)
    {
        var outgoing = Prepare(message);
        await _queue.Writer.WriteAsync(outgoing, cancellationToken).ConfigureAwait(false);
        await outgoing.Sent.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues a message from the read loop without waiting; dropped and logged when the queue is full.</summary>
    private void Post(IAgentMessage message)
    {
        if (!_queue.Writer.TryWrite(Prepare(message)))
        {
            AgentLog.Dropped(_logger, $"outgoing {message.Type}: the agent queue is full");
        }
    }

    private Outgoing Prepare(IAgentMessage message)
    {
        if (!IsConnected)
        {
            throw new AgentException("no agent is connected");
        }

        return new Outgoing(message.Type, AgentMessage.Serialize(message, Framing), _generation, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        await foreach (var outgoing in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var chunks = 0;
                foreach (var chunk in AgentChunker.Split(outgoing.Bytes))
                {
                    if (!await TakeTokenAsync(outgoing.Generation, cancellationToken).ConfigureAwait(false))
                    {
                        throw new AgentException("the agent disconnected before the message was sent");
                    }

                    await _sendMain(new DataMessage((ushort)MainClientMessageType.AgentData, chunk), cancellationToken).ConfigureAwait(false);
                    chunks++;
                }

                AgentLog.Sent(_logger, outgoing.Type, outgoing.Bytes.Length, chunks);
                outgoing.Sent.TrySetResult();
            }
            catch (Exception e) when (e is AgentException or IOException or ObjectDisposedException)
            {
                AgentLog.Dropped(_logger, $"outgoing {outgoing.Type}: {e.Message}");
                outgoing.Sent.TrySetException(e);
            }
            catch (OperationCanceledException)
            {
                outgoing.Sent.TrySetCanceled(cancellationToken);
                throw;
            }
        }
    }

    /// <summary>Takes one server token; false when the agent went away (its generation changed) meanwhile.</summary>
    private async Task<bool> TakeTokenAsync(int generation, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (generation != _generation)
                {
                    return false;
                }

                if (_serverTokens > 0)
                {
                    _serverTokens--;
                    return true;
                }

                signal = _tokenSignal.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
