using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spice.Web.Tests.Browser;

/// <summary>One tab driven over the Chrome DevTools protocol: evaluate script, dispatch keys and mouse.</summary>
internal sealed class DevToolsPage : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private DevToolsPage(ClientWebSocket socket) => _socket = socket;

    public static async Task<DevToolsPage> ConnectAsync(Uri url)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(CallTimeout);
        await socket.ConnectAsync(url, timeout.Token);
        return new DevToolsPage(socket);
    }

    /// <summary>The value of <paramref name="expression"/> (promises awaited), as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await CallAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"page script failed: {error}");
        }

        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v : default;
    }

    /// <summary>A key as a real keyboard delivers it: keyDown then keyUp, with the physical code.</summary>
    public async Task PressKeyAsync(string code, string key, int virtualKey)
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
        {
            await CallAsync("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type,
                ["code"] = code,
                ["key"] = key,
                ["windowsVirtualKeyCode"] = virtualKey,
            });
        }
    }

    public async Task ClickAsync(int x, int y)
    {
        await MouseAsync("mouseMoved", x, y);
        await MouseAsync("mousePressed", x, y, "left");
        await MouseAsync("mouseReleased", x, y, "left");
    }

    private Task<JsonElement> MouseAsync(string type, int x, int y, string button = "none") =>
        CallAsync("Input.dispatchMouseEvent", new JsonObject
        {
            ["type"] = type,
            ["x"] = x,
            ["y"] = y,
            ["button"] = button,
            ["clickCount"] = button == "none" ? 0 : 1,
        });

    /// <summary>Sends one command and reads until its reply; events in between are skipped.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var request = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var timeout = new CancellationTokenSource(CallTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(request.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(timeout.Token));
            var root = reply.RootElement;
            if (!root.TryGetProperty("id", out var replyId) || replyId.GetInt32() != id)
            {
                continue;
            }

            if (root.TryGetProperty("error", out var error))
            {
                throw new InvalidOperationException($"{method}: {error}");
            }

            return root.GetProperty("result").Clone();
        }
    }

    private async Task<byte[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new IOException("DevTools closed the connection");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser may already be gone; the socket is disposed either way.
        }

        _socket.Dispose();
    }
}
