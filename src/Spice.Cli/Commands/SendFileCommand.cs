using Spice.Client;
using Spice.Client.Agent;

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
        var options = await ClientOptions.ResolveAsync(line, line.Positionals[0], timeout, cancellationToken).ConfigureAwait(false);
        using var logging = ClientOptions.Logging(line);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var session = await SpiceSession.ConnectAsync(options, logging, deadline.Token).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            try
            {
                await session.Agent.SendFileAsync(path, null, deadline.Token).ConfigureAwait(false);
            }
            catch (AgentException e)
            {
                throw new IOException(e.Message, e);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"the transfer did not finish within {timeout.TotalSeconds:0.#} s");
            }
        }

        await Console.Out.WriteLineAsync($"sent {Path.GetFileName(path)} ({new FileInfo(path).Length} bytes)").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
