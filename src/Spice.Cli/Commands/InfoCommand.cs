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
