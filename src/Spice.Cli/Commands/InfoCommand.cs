using System.Text.Json;
using Spice.Client;

namespace Spice.Cli.Commands;

/// <summary>spice info URI [--json]: channels and their capabilities, mouse modes, surfaces and monitors.</summary>
internal sealed class InfoCommand : ICommand
{
    /// <summary>How long to give the display to create its surfaces before describing them.</summary>
    private static readonly TimeSpan DisplayGrace = TimeSpan.FromSeconds(3);

    public string Name => "info";

    public string Usage => "info URI|FILE.vv [--json] [--password P] [--timeout S] [--verbose]";

    public string Help => """
        Connects, gives the display up to 3 s to create its surfaces, and describes the session:
        the channels the server lists and those linked with their capabilities, the mouse modes,
        every display's surfaces and monitors.

          --json               one JSON object instead of text (schema below)
          -p, --password P     the SPICE ticket; overrides one in the URI or .vv file
          -t, --timeout S      bound on connecting, in seconds (default 15)
          -v, --verbose        trace every message on stderr

        JSON schema (version 1; fields are only ever added, and "schema" goes up when one changes
        meaning or goes away):
          {
            "schema": 1,
            "server": "spice://HOST:PORT",
            "sessionId": 123456,
            "supportedMouseModes": ["Server", "Client"],
            "currentMouseMode": "Client",
            "listedChannels": ["Main:0", "Display:0", "Inputs:0", "Cursor:0", "Playback:0", ...],
            "channels": [ { "name": "Display:0", "commonCaps": ["AuthSelection", ...],
                            "channelCaps": ["SizedStream", ...] }, ... ],
            "displays": [ { "id": 0,
                            "surfaces": [ { "id": 0, "width": 1024, "height": 768, "primary": true } ],
                            "monitors": [ { "id": 0, "surfaceId": 0, "x": 0, "y": 0,
                                            "width": 1024, "height": 768 } ] } ]
          }
        Channel names are TYPE:ID with the type as SPICE names it (Main, Display, Inputs, Cursor,
        Playback, Record, Tunnel, Smartcard, Usbredir, Port, Webdav); capability names are those of
        spice.proto in PascalCase, or "bitN" for one this client does not know. "channels"
        holds what this client linked (main, display, inputs, cursor...), "listedChannels" all the
        server offers. "monitors" is empty when the server sent no monitors config.

        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ClientOptions.ValueOptions, [.. ClientOptions.Flags, "--json"]);
        line.ExpectPositionals(1, "URI");
        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(15));
        var options = await ClientOptions.ResolveAsync(line, line.Positionals[0], timeout, cancellationToken).ConfigureAwait(false);
        using var logging = ClientOptions.Logging(line);
        var session = await SpiceSession.ConnectAsync(options, logging, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var grace = timeout < DisplayGrace ? timeout : DisplayGrace;
            await session.WaitForDisplaySettledAsync(TimeSpan.FromMilliseconds(300), grace, cancellationToken).ConfigureAwait(false);
            var report = SessionReport.From(session);
            if (line.Has("--json"))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, SessionReportJson.Default.SessionReport)).ConfigureAwait(false);
            }
            else
            {
                await Console.Out.WriteAsync(report.ToText()).ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }
}
