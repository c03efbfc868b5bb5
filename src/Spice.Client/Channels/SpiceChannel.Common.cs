using System.Text;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;

namespace Spice.Client.Channels;

public abstract partial class SpiceChannel
{
    private uint _ackWindow;
    private uint _ackCountdown;

    private void RegisterCommonHandlers()
    {
        On(CommonMessageType.SetAck, OnSetAckAsync);
        On(CommonMessageType.Ping, OnPingAsync);
        On(CommonMessageType.Notify, OnNotify);
        On(CommonMessageType.Disconnecting, OnDisconnecting);
        On(CommonMessageType.WaitForChannels, Ignore);
        On(CommonMessageType.Migrate, Ignore);
        On(CommonMessageType.MigrateData, Ignore);
    }

    private static ValueTask Ignore(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The server wants an ack every <c>window</c> messages, starting after an ack-sync.</summary>
    private async ValueTask OnSetAckAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var setAck = SetAck.Read(body);
        ClientLog.SetAck(Logger, Type, Id, setAck.Generation, setAck.Window);
        _ackWindow = setAck.Window;
        _ackCountdown = setAck.Window + 1;
        await SendAsync(new AckSync { Generation = setAck.Generation }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called after every message, the set-ack included (hence the +1 above).</summary>
    private async ValueTask CountAckAsync(CancellationToken cancellationToken)
    {
        if (_ackCountdown == 0 || --_ackCountdown != 0)
        {
            return;
        }

        _ackCountdown = _ackWindow;
        await SendAsync(new EmptyMessage((ushort)CommonClientMessageType.Ack), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask OnPingAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var ping = Ping.Read(body);
        await SendAsync(new Pong { Id = ping.Id, Timestamp = ping.Timestamp }, cancellationToken).ConfigureAwait(false);
    }

    private ValueTask OnNotify(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var notify = Notify.Read(body);
        var text = Encoding.UTF8.GetString(notify.Message.Span).TrimEnd('\0');
        ClientLog.Notify(Logger, Type, Id, text);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnDisconnecting(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var disconnecting = Disconnecting.Read(body);
        ClientLog.ChannelClosed(Logger, Type, Id, $"server is disconnecting ({disconnecting.Reason})");
        return ValueTask.CompletedTask;
    }
}
