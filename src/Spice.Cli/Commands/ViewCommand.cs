using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Spice.Client;
using Spice.Web;

namespace Spice.Cli.Commands;

/// <summary>spice view URI: connect, then serve a web page that shows the screen live and sends keyboard and mouse back.</summary>
internal sealed class ViewCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(("--listen", "--listen"), ("-l", "--listen"));

    private static readonly string[] Flags = [.. ClientOptions.Flags, "--lossless", "--no-resize"];

    /// <summary>Time for the pages to receive "disconnected" before the process exits.</summary>
    private static readonly TimeSpan Farewell = TimeSpan.FromSeconds(2);

    public string Name => "view";

    public string Usage => "view URI|FILE.vv [--listen ADDR:PORT] [--password P] [--lossless] [--no-resize] [--timeout S] [--verbose]";

    public string Help => """
        Connects, then serves a web page at http://ADDR:PORT/ that shows the first monitor live and
        sends keyboard (as scancodes, so the guest's layout applies), mouse and wheel back. Any
        number of browsers (up to 16) can watch at once. Runs until Ctrl-C or until the SPICE server
        closes the session; the pages then say "disconnected: reason".

        The page asks for no password: keep it on loopback (the default) or behind something that
        authenticates. WebSocket connections from pages of other origins are refused.

          -l, --listen ADDR:PORT  where to serve the page (default 127.0.0.1:8080; a bare PORT means
                                  loopback; port 0 picks a free one)
          -p, --password P        the SPICE ticket; overrides one in the URI or .vv file
              --lossless          PNG tiles only (default: JPEG for photographic areas of large
                                  updates, replaced by PNG once they stop changing)
              --no-resize         do not ask the guest agent to fit the browser window
          -t, --timeout S         bound on connecting, in seconds (default 30)
          -v, --verbose           trace every message on stderr

        Exit status: 0 after Ctrl-C, 1 failed or the server closed the session, 2 usage.

        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        line.ExpectPositionals(1, "URI");
        var listen = ParseListen(line.Get("--listen") ?? "127.0.0.1:8080");
        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(30));
        var options = await ClientOptions.ResolveAsync(line, line.Positionals[0], timeout, cancellationToken).ConfigureAwait(false);
        var webOptions = new WebViewerOptions { Listen = listen, Lossless = line.Has("--lossless"), ResizeGuest = !line.Has("--no-resize") };
        using var logging = ClientOptions.Logging(line);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        var session = await SpiceSession.ConnectAsync(options, logging, stop.Token).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var viewer = await WebViewer.StartAsync(session, webOptions, logging, stop.Token).ConfigureAwait(false);
            await using (viewer.ConfigureAwait(false))
            {
                await Console.Out.WriteLineAsync($"spice view: {options} is at {viewer.Url}").ConfigureAwait(false);
                try
                {
                    var error = await session.Closed.WaitAsync(stop.Token).ConfigureAwait(false);
                    await Task.Delay(Farewell, stop.Token).ConfigureAwait(false);
                    throw new IOException($"the SPICE session closed{(error is null ? string.Empty : ": " + error.Message)}", error);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return ExitCodes.Ok;
                }
            }
        }
    }

    private static IPEndPoint ParseListen(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }

        if (text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            text = "127.0.0.1" + text["localhost".Length..];
        }

        return IPEndPoint.TryParse(text, out var endpoint)
            ? endpoint
            : throw new UsageException($"--listen must be ADDR:PORT or PORT, got '{text}'");
    }
}
