using Spice.Client;

namespace Spice.Cli.Commands;

/// <summary>spice screenshot URI -o OUT.png: connect, wait until the display settles, write it as PNG.</summary>
internal sealed class ScreenshotCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(("--output", "--output"), ("-o", "--output"), ("--monitor", "--monitor"), ("-m", "--monitor"));

    /// <summary>Only negligible redraws for this long (or redraws confined to places that kept changing) means the screen is done painting.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    public string Name => "screenshot";

    public string Usage => "screenshot URI|FILE.vv -o OUT.png [--monitor N] [--password P] [--timeout S] [--verbose]";

    public string Help => """
        Connects, waits until the screen has settled, writes it as PNG and exits 0.

        A screenshot of a live desktop is always a snapshot. The screen counts as settled once the
        primary surface exists and either only negligible redraws happened for 1 s (a blinking
        cursor), or every redraw of the last 2 s fell on places that had already changed in the 4 s
        before, the first full update aside (a ticking clock, an animation, a video). If it has not
        settled when --timeout runs out (default 30 s), the screen as it is then is written, with a
        warning on stderr, and the exit status is still 0. Without any surface by then it fails (1).

          -o, --output OUT.png  where to write the picture (32-bit RGB PNG, monitor size)
          -m, --monitor N       which head, from 0 (default 0): with several display channels (QEMU
                                with several QXL devices) the Nth channel, otherwise head N of the
                                server's monitors config
          -p, --password P      the SPICE ticket; overrides one in the URI or .vv file
          -t, --timeout S       overall bound in seconds, connecting included (default 30)
          -v, --verbose         trace every message on stderr

        Exit status: 0 written, 1 failed (unreachable, refused, no such monitor...), 2 usage.

        """;

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
            var settled = await session.WaitForDisplaySettledAsync(Quiet, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            var snapshot = session.CaptureMonitor(monitor) ?? throw new IOException(NoPicture(session, monitor, timeout));
            if (!settled)
            {
                await Console.Error.WriteLineAsync($"spice screenshot: warning: the screen was still changing after {timeout.TotalSeconds:0.#} s; wrote it as it was then").ConfigureAwait(false);
            }

            PngFile.Write(snapshot, output);
        }

        return ExitCodes.Ok;
    }

    private static string NoPicture(SpiceSession session, int monitor, TimeSpan timeout)
    {
        if (session.Displays.Count == 0)
        {
            return "the server offers no display channel";
        }

        var count = session.MonitorCount;
        return count == 0
            ? $"no primary surface within {timeout.TotalSeconds:0.#} s"
            : $"no monitor {monitor}: the server shows {count} (--monitor 0..{count - 1})";
    }
}
