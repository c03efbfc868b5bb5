using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

internal abstract partial class ChannelConnection
{
    /// <summary>Control messages waiting at most; a client that lets more pile up is dropped.</summary>
    private const int MaxQueuedControlMessages = 512;

    private const uint AckGeneration = 1;

    private readonly MessageBuilder _builder;
    private readonly Queue<ControlMessage> _control = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly int _ackWindow;
    private int _signaled;
    private int _unacked;
    private uint _clientAckGeneration;
    private uint _lastPingId;
    private bool _clientDisconnecting;
    private string? _closeReason;

    /// <summary>How many more messages the ACK window lets this channel send now.</summary>
    protected int MessageBudget => _usesAcks ? Math.Max(0, (_ackWindow * 2) - Volatile.Read(ref _unacked)) : int.MaxValue;

    /// <summary>Queues a small message; the send loop writes it before any produced update.</summary>
    protected void Enqueue(ISpiceMessage message) => Enqueue(new ControlMessage(message, null));

    /// <summary>Queues a message built when the send loop writes it (a ping stamped as it leaves).</summary>
    protected void Enqueue(Action<MessageBuilder> write) => Enqueue(new ControlMessage(null, write));

    private void Enqueue(ControlMessage control)
    {
        lock (_control)
        {
            if (_control.Count >= MaxQueuedControlMessages)
            {
                _closeReason = "the client stopped reading (send queue full)";
                Close();
                return;
            }

            _control.Enqueue(control);
        }

        Signal();
    }

    /// <summary>Wakes the send loop: there is something new to send.</summary>
    protected void Signal()
    {
        if (Interlocked.Exchange(ref _signaled, 1) == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>
    /// Appends the channel's pending state as messages, at most <paramref name="messageBudget"/> of
    /// them; runs on the send loop, so pending state is encoded when it can actually be sent.
    /// </summary>
    protected virtual void Produce(MessageBuilder builder, int messageBudget)
    {
    }

    private void OnAck()
    {
        if (_clientAckGeneration == AckGeneration)
        {
            Interlocked.Add(ref _unacked, -_ackWindow);
            Signal();
        }
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (_usesAcks)
        {
            lock (_control)
            {
                _control.Enqueue(new ControlMessage(new SetAck { Generation = AckGeneration, Window = (uint)_ackWindow }, null));
            }
        }

        var stream = _context.Stream;
        var tag = _channelTag;
        while (true)
        {
            _builder.Reset();
            DrainControl();
            var budget = MessageBudget - _builder.MessageCount;
            if (budget > 0)
            {
                Produce(_builder, budget);
            }

            if (_builder.MessageCount == 0)
            {
                await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _signaled, 0);
                continue;
            }

            if (_usesAcks)
            {
                Interlocked.Add(ref _unacked, _builder.MessageCount);
            }

            await stream.WriteAsync(_builder.Written, cancellationToken).ConfigureAwait(false);
            ServerMetrics.BytesSent.Add(_builder.Length, tag);
            ServerMetrics.MessagesSent.Add(_builder.MessageCount, tag);
        }
    }

    private void DrainControl()
    {
        lock (_control)
        {
            while (_control.TryDequeue(out var control))
            {
                if (control.Message is { } message)
                {
                    _builder.Add(message);
                }
                else
                {
                    control.Write!(_builder);
                }
            }
        }
    }

    /// <summary>A queued message, or what writes it when it is sent.</summary>
    private readonly record struct ControlMessage(ISpiceMessage? Message, Action<MessageBuilder>? Write);
}
