using Spice.Cli.Commands;

namespace Spice.Cli;

internal static class Program
{
    /// <summary>Every subcommand, one per line, alphabetical.</summary>
    private static readonly ICommand[] Commands =
    [
        new ClipboardCommand(),
        new InfoCommand(),
        new PlayAudioCommand(),
        new RecordAudioCommand(),
        new ResizeCommand(),
        new ScreenshotCommand(),
        new SendFileCommand(),
        new ServeCommand(),
        new TypeCommand(),
        new ViewCommand(),
    ];

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(args.Length == 0 ? Console.Error : Console.Out);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = Array.Find(Commands, c => c.Name == args[0]);
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"spice: unknown command '{args[0]}'").ConfigureAwait(false);
            PrintUsage(Console.Error);
            return ExitCodes.Usage;
        }

        if (args.Length > 1 && args[1] is "-h" or "--help")
        {
            PrintHelp(command);
            return ExitCodes.Ok;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await CommandRunner.RunAsync(command, args[1..], cancel.Token).ConfigureAwait(false);
    }

    private static void PrintHelp(ICommand command)
    {
        Console.Out.WriteLine($"usage: spice {command.Usage}");
        if (command.Help.Length > 0)
        {
            Console.Out.WriteLine();
            Console.Out.Write(command.Help);
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: spice COMMAND [ARGS...]   (spice COMMAND --help for details)");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Usage}");
        }
    }
}
