namespace Spice.Cli.Commands;

/// <summary>spice type URI TEXT: types ASCII text on a US keyboard layout; a newline is Enter.</summary>
internal sealed class TypeCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(("--delay", "--delay"));

    public string Name => "type";

    public string Usage => "type URI|FILE.vv TEXT [--delay MS] [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, ClientOptions.Flags);
        line.ExpectPositionals(2, "URI and TEXT");
        var text = line.Positionals[1];
        var delay = TimeSpan.FromMilliseconds(line.GetInt("--delay", 0, 10_000) ?? 20);
        try
        {
            Client.Input.UsKeyboardLayout.ToStrokes(text);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }

        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(30));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var inputs = connection.Session.Inputs ?? throw new IOException("the server offers no inputs channel");
            await connection.RunAsync(
                async (_, deadline) =>
                {
                    await inputs.TypeTextAsync(text, delay, deadline).ConfigureAwait(false);
                    await Task.Delay(TimeSpan.FromMilliseconds(200), deadline).ConfigureAwait(false);
                },
                $"typing did not finish within {timeout.TotalSeconds:0.#} s").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
