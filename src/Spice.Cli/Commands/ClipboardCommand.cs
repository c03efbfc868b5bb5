using Spice.Client;
using Spice.Client.Agent;
using Spice.Protocol.Agent;

namespace Spice.Cli.Commands;

/// <summary>spice clipboard URI get|set TEXT: reads or sets the guest's clipboard through its agent.</summary>
internal sealed class ClipboardCommand : ICommand
{
    public string Name => "clipboard";

    public string Usage => "clipboard URI|FILE.vv get|set TEXT [--password P] [--timeout S] [--verbose]";

    public string Help => """
        get  waits for the guest's agent, then prints the text on the guest's clipboard to stdout
             (no newline added). The agent announces the clipboard only when it changes, so if
             the guest copied nothing since the command connected it waits, up to --timeout, for
             the guest to copy something.
        set  makes TEXT the guest's clipboard. The guest only borrows it: its agent asks the client
             for the text each time a guest application pastes. So the command stays connected,
             serving the text, until something in the guest has pasted it once (or --timeout
             passes, which is an error), then exits; once it has left, the agent drops the
             selection and a later paste in the guest finds nothing of ours.

          -p, --password P      the SPICE ticket; overrides one in the URI or .vv file
          -t, --timeout S       overall bound in seconds, connecting included (default 30)
          -v, --verbose         trace every message on stderr

        Exit status: 0 done, 1 failed (no agent, nothing pasted in time, no text), 2 usage.

        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ClientOptions.ValueOptions, ClientOptions.Flags);
        if (line.Positionals.Count < 2 || line.Positionals[1] is not ("get" or "set"))
        {
            throw new UsageException("expected URI and get or set");
        }

        var set = line.Positionals[1] == "set";
        line.ExpectPositionals(set ? 3 : 2, set ? "URI, set and TEXT" : "URI and get");
        var timeout = ClientOptions.Timeout(line, TimeSpan.FromSeconds(30));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.RunAsync(
                (session, deadline) => set ? SetAsync(session.Agent, line.Positionals[2], deadline) : GetAsync(session.Agent, deadline),
                $"the agent did not answer within {timeout.TotalSeconds:0.#} s (is a guest agent running?)").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The agent announces the guest's clipboard only when it changes, so this waits (up to the
    /// timeout) for an offer unless one came in while connecting.
    /// </summary>
    private static async Task<int> GetAsync(AgentClient agent, CancellationToken cancellationToken)
    {
        var offered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.ClipboardGrabbed += (_, e) =>
        {
            if (e.Selection == ClipboardSelection.Clipboard)
            {
                offered.TrySetResult();
            }
        };
        await agent.WaitForAgentAsync(cancellationToken).ConfigureAwait(false);
        if (agent.AgentOffers() is null)
        {
            await Console.Error.WriteLineAsync("spice clipboard: waiting for the guest to copy something (its agent announces only changes)").ConfigureAwait(false);
            await offered.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var text = await agent.GetClipboardTextAsync(cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            await Console.Error.WriteLineAsync("spice clipboard: the guest clipboard holds no text").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await Console.Out.WriteAsync(text).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The guest owns our text only while we are connected to serve it, so this stays until a guest
    /// application has pasted it once (or the timeout passes).
    /// </summary>
    private static async Task<int> SetAsync(AgentClient agent, string text, CancellationToken cancellationToken)
    {
        var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.ClipboardServed += (_, _) => served.TrySetResult();
        await agent.SetClipboardAsync(text, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync("spice clipboard: set; serving it until something in the guest pastes it").ConfigureAwait(false);
        await served.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
