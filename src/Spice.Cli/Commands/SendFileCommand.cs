namespace Spice.Cli.Commands;

/// <summary>spice send-file URI PATH: copies a file into the guest through its agent (it lands in the guest's download folder).</summary>
internal sealed class SendFileCommand : ICommand
{
    public string Name => "send-file";

    public string Usage => "send-file URI|FILE.vv PATH [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ClientOptions.ValueOptions, ClientOptions.Flags);
        line.ExpectPositionals(2, "URI and PATH");
        var path = line.Positionals[1];
        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: {path}");
        }

        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(300));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.RunAsync(
                (session, deadline) => session.Agent.SendFileAsync(path, null, deadline),
                $"the transfer did not finish within {timeout.TotalSeconds:0.#} s").ConfigureAwait(false);
        }

        await Console.Out.WriteLineAsync($"sent {Path.GetFileName(path)} ({new FileInfo(path).Length} bytes)").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
