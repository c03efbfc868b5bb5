using System.Net.WebSockets;

namespace Spice.Web;

internal sealed partial class ViewerConnection
{
    /// <summary>Every input message is a short JSON object; anything longer is not from our page.</summary>
    private const int MaxInputMessage = 1024;

    private readonly InputForwarder _input;

    /// <summary>Scancodes this page holds down, released on its behalf when it goes.</summary>
    private readonly HashSet<ushort> _held = [];

    /// <summary>Runs until the browser leaves, the session closes (after telling the page), or <paramref name="cancellationToken"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = SendLoopAsync(stop.Token);
        var receiving = ReceiveLoopAsync(stop.Token);
        var first = await Task.WhenAny(sending, receiving).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        var reason = await Outcome(first).ConfigureAwait(false);
        await Outcome(first == sending ? receiving : sending).ConfigureAwait(false);
        using var release = new CancellationTokenSource(_options.SendTimeout);
        await _input.ReleaseAsync(_held, release.Token).ConfigureAwait(false);
        WebLog.ViewerLeft(_logger, Peer, reason);
    }

    private static async Task<string> Outcome(Task loop)
    {
        try
        {
            await loop.ConfigureAwait(false);
            return "done";
        }
        catch (OperationCanceledException)
        {
            return "stopped";
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            return e.Message;
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxInputMessage];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    await _socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"input messages are at most {MaxInputMessage} bytes", cancellationToken).ConfigureAwait(false);
                    return;
                }

                result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Text && ViewerInput.TryParse(buffer.AsSpan(0, length), out var input))
            {
                await _input.HandleAsync(input, _held, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
