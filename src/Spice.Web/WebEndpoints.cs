using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Spice.Web;

/// <summary>The routes: the page, its script, and /ws where each browser gets a <see cref="ViewerConnection"/>.</summary>
internal sealed class WebEndpoints(ScreenMirror mirror, InputForwarder input, WebViewerOptions options, ILogger logger, CancellationToken stopping)
{
    private static readonly byte[] Page = Resource("index.html");
    private static readonly byte[] Script = Resource("viewer.js");

    public void Map(WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        app.MapGet("/", context => Serve(context, Page, "text/html; charset=utf-8"));
        app.MapGet("/viewer.js", context => Serve(context, Script, "text/javascript; charset=utf-8"));
        app.Map("/ws", AcceptAsync);
    }

    private static Task Serve(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        var peer = $"{context.Connection.RemoteIpAddress}:{context.Connection.RemotePort}";
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // A page from another site must not drive the guest's keyboard through the user's browser.
        if (!IsSameOrigin(context.Request))
        {
            WebLog.ViewerRefused(logger, peer, $"origin {context.Request.Headers.Origin} is not this page's");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var viewer = new ViewerConnection(socket, mirror, input, options, logger, peer);
        if (!mirror.TryAttach(viewer))
        {
            WebLog.ViewerRefused(logger, peer, $"{options.MaxViewers} browsers are already watching");
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "too many viewers", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        WebLog.ViewerJoined(logger, peer, mirror.ViewerCount);
        try
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
            await viewer.RunAsync(both.Token).ConfigureAwait(false);
        }
        finally
        {
            mirror.Detach(viewer);
        }
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(WebEndpoints).Assembly.GetManifestResourceStream($"Spice.Web.{name}")
            ?? throw new InvalidOperationException($"the {name} resource is missing from Spice.Web");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
