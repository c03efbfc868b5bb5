namespace Spice.Cli.Commands;

/// <summary>One `spice` subcommand.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>One line: the command and its arguments.</summary>
    string Usage { get; }

    /// <summary>What `spice COMMAND --help` prints after the usage line: what it does, its options, its output; empty when the usage line says it all.</summary>
    string Help => string.Empty;

    /// <summary>Runs with the arguments after the command name; returns an <see cref="ExitCodes"/> value.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
