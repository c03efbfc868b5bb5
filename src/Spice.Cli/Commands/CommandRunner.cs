using System.Net.Sockets;
using Spice.Client.Connection;
using Spice.Protocol;

namespace Spice.Cli.Commands;

/// <summary>Runs one command and turns every expected failure into one line on stderr and an exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(ICommand command, string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return await command.RunAsync(args, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is UsageException or SpiceUriException)
        {
            await Console.Error.WriteLineAsync($"spice {command.Name}: {e.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"usage: spice {command.Usage}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"spice {command.Name}: interrupted").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is SpiceProtocolException or IOException or SocketException or TimeoutException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"spice {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
