namespace Spice.TestSupport.Peers;

/// <summary>What a finished (or timed-out) command produced.</summary>
public sealed record ProcessRunnerResult(
    string Command, int ExitCode, string StdOut, string StdErr, bool TimedOut, TimeSpan Elapsed)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>A one-paragraph description for assertion and exception messages.</summary>
    public string Describe(int tailLines = 15) =>
        $"`{Command}` {(TimedOut ? "timed out" : $"exited {ExitCode}")} after {Elapsed.TotalSeconds:F1} s\n" +
        $"stdout (tail):\n{ProcessRunner.Tail(StdOut, tailLines)}\nstderr (tail):\n{ProcessRunner.Tail(StdErr, tailLines)}";
}
