using Spice.Client;

namespace Spice.Cli.Commands;

/// <summary>spice screenshot URI -o OUT.png: connect, wait until the display settles, write it as PNG.</summary>
internal sealed class ScreenshotCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(("--output", "--output"), ("-o", "--output"), ("--monitor", "--monitor"), ("-m", "--monitor"));

    /// <summary>No draw for this long means the screen is done painting.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    public string Name => "screenshot";

    public string Usage => "screenshot URI|FILE.vv -o OUT.png [--monitor N] [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, ClientOptions.Flags);
        line.ExpectPositionals(1, "URI");
        var output = line.Get("--output") ?? throw new UsageException("missing -o OUT.png");
        var monitor = line.GetInt("--monitor", 0, 15) ?? 0;
        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(30));
        var options = await ClientOptions.ResolveAsync(line, line.Positionals[0], timeout, cancellationToken).ConfigureAwait(false);
        using var logging = ClientOptions.Logging(line);
        var started = DateTime.UtcNow;
        var session = await SpiceSession.ConnectAsync(options, logging, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var left = timeout - (DateTime.UtcNow - started);
            await session.WaitForDisplaySettledAsync(Quiet, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            var snapshot = session.CaptureMonitor(monitor)
                ?? throw new IOException(session.Displays.Count == 0
                    ? "the server offers no display channel"
                    : $"no monitor {monitor} on screen within {timeout.TotalSeconds:0.#} s");
            PngFile.Write(snapshot, output);
        }

        return ExitCodes.Ok;
    }
}
