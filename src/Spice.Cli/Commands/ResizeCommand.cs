using System.Globalization;
using Spice.Client.Agent;

namespace Spice.Cli.Commands;

/// <summary>spice resize URI WxH[,WxH...]: asks the guest agent for these monitors, laid side by side.</summary>
internal sealed class ResizeCommand : ICommand
{
    public string Name => "resize";

    public string Usage => "resize URI|FILE.vv WxH[,WxH...] [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ClientOptions.ValueOptions, ClientOptions.Flags);
        line.ExpectPositionals(2, "URI and WxH[,WxH...]");
        var layout = MonitorLayout.SideBySide(ParseSizes(line.Positionals[1]));
        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(30));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var reply = await connection.RunAsync(
                (session, deadline) => session.Agent.RequestMonitorsConfigAsync(layout, deadline),
                $"no agent answered within {timeout.TotalSeconds:0.#} s (is a guest agent running?)").ConfigureAwait(false);
            if (!reply.IsSuccess)
            {
                throw new IOException("the guest agent refused the monitors config");
            }
        }

        await Console.Out.WriteLineAsync(string.Join(",", layout.Select(m => $"{m.Width}x{m.Height}+{m.X}+{m.Y}"))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static (int Width, int Height)[] ParseSizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var sizes = new (int, int)[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var wh = parts[i].Split('x', 'X');
            if (wh.Length != 2
                || !int.TryParse(wh[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                || !int.TryParse(wh[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                || w is < 1 or > 16384 || h is < 1 or > 16384)
            {
                throw new UsageException($"'{parts[i]}' is not a monitor size like 1280x800");
            }

            sizes[i] = (w, h);
        }

        if (sizes.Length > 16)
        {
            throw new UsageException("at most 16 monitors");
        }

        return sizes;
    }
}
