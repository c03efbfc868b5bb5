using Spice.Cli.Commands;

namespace Spice.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var serve = new ServeCommand();
        if (args.Length > 0 && args[0] == serve.Name)
        {
            return await serve.RunAsync(args[1..], cancel.Token).ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync($"usage: spice {serve.Usage}").ConfigureAwait(false);
        return args.Length == 0 ? 0 : 2;
    }
}
