namespace Spice.Cli.Commands;

/// <summary>One `spice` subcommand.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>One line: the command and its arguments.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the command name; returns an <see cref="ExitCodes"/> value.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
