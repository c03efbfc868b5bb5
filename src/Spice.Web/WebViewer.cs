using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client;

namespace Spice.Web;

/// <summary>
/// Serves a page that shows a <see cref="SpiceSession"/>'s first monitor live and sends keyboard
/// and mouse back: one static page and script, and a WebSocket per browser (<see cref="WebEndpoints"/>).
/// Any number of browsers, up to <see cref="WebViewerOptions.MaxViewers"/>, watch the same session.
/// </summary>
public sealed class WebViewer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ScreenMirror _mirror;
    private readonly InputForwarder _input;
    private readonly CancellationTokenSource _stopping;

    private WebViewer(WebApplication app, ScreenMirror mirror, InputForwarder input, CancellationTokenSource stopping, Uri url)
    {
        _app = app;
        _mirror = mirror;
        _input = input;
        _stopping = stopping;
        Url = url;
    }

    /// <summary>Where the page is, with the port Kestrel picked when <see cref="WebViewerOptions.Listen"/> asked for 0.</summary>
    public Uri Url { get; }

    /// <summary>Browsers watching now.</summary>
    public int ViewerCount => _mirror.ViewerCount;

    public static async Task<WebViewer> StartAsync(SpiceSession session, WebViewerOptions? options = null, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        options ??= new WebViewerOptions();
        loggerFactory ??= NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger<WebViewer>();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(k => k.Listen(options.Listen));
        var app = builder.Build();

        var mirror = new ScreenMirror(session, options, logger);
        var input = new InputForwarder(session, options, logger);
        var stopping = new CancellationTokenSource();
        new WebEndpoints(mirror, input, options, logger, stopping.Token).Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            input.Dispose();
            stopping.Dispose();
            throw;
        }

        mirror.Start();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{options.Listen}";
        var url = new Uri(address.Replace("://[::]", "://localhost", StringComparison.Ordinal) + "/");
        WebLog.Listening(logger, url.ToString());
        return new WebViewer(app, mirror, input, stopping, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _mirror.DisposeAsync().ConfigureAwait(false);
        _input.Dispose();
        _stopping.Dispose();
    }
}
