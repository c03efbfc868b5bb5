using Microsoft.Extensions.Logging;
using Spice.Client;
using Spice.Client.Agent;
using Spice.Client.Connection;

namespace Spice.Cli.Commands;

/// <summary>
/// A client command's session: connected as its command line says (<see cref="ClientOptions"/>), with one deadline,
/// --timeout from now, that bounds connecting and the command's work alike.
/// </summary>
internal sealed class ClientConnection : IAsyncDisposable
{
    private readonly ILoggerFactory _logging;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationToken _cancellation;

    private ClientConnection(ILoggerFactory logging, CancellationTokenSource deadline, CancellationToken cancellation, SpiceSession session)
    {
        _logging = logging;
        _deadline = deadline;
        _cancellation = cancellation;
        Session = session;
    }

    public SpiceSession Session { get; }

    /// <summary>Cancelled when the caller cancels or the timeout passes.</summary>
    public CancellationToken Deadline => _deadline.Token;

    /// <summary>Connects to the command's first positional (URI or .vv file); <paramref name="adjust"/> may change the options first.</summary>
    public static async Task<ClientConnection> OpenAsync(CommandLine line, TimeSpan timeout, CancellationToken cancellationToken,
        Func<SpiceConnectOptions, SpiceConnectOptions>? adjust = null)
    {
        var options = await ClientOptions.ResolveAsync(line, line.Positionals[0], timeout, cancellationToken).ConfigureAwait(false);
        var logging = ClientOptions.Logging(line);
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            deadline.CancelAfter(timeout);
            var session = await SpiceSession.ConnectAsync(adjust?.Invoke(options) ?? options, logging, deadline.Token).ConfigureAwait(false);
            return new ClientConnection(logging, deadline, cancellationToken, session);
        }
        catch
        {
            deadline.Dispose();
            logging.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs the command's work under <see cref="Deadline"/>, so that a failure is the one line the runner prints: the
    /// timeout passing becomes a <see cref="TimeoutException"/> saying <paramref name="timedOut"/>, and a guest agent's
    /// failure an <see cref="IOException"/> with the agent's message.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<SpiceSession, CancellationToken, Task<T>> work, string timedOut)
    {
        try
        {
            return await work(Session, Deadline).ConfigureAwait(false);
        }
        catch (AgentException e)
        {
            throw new IOException(e.Message, e);
        }
        catch (OperationCanceledException) when (!_cancellation.IsCancellationRequested)
        {
            throw new TimeoutException(timedOut);
        }
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<SpiceSession, CancellationToken, Task> work, string timedOut) =>
        RunAsync(
            async (session, deadline) =>
            {
                await work(session, deadline).ConfigureAwait(false);
                return true;
            },
            timedOut);

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync().ConfigureAwait(false);
        _deadline.Dispose();
        _logging.Dispose();
    }
}
