using Microsoft.Extensions.Logging;
using Spice.Client;
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

    private ClientConnection(ILoggerFactory logging, CancellationTokenSource deadline, SpiceSession session)
    {
        _logging = logging;
        _deadline = deadline;
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
            return new ClientConnection(logging, deadline, session);
        }
        catch
        {
            deadline.Dispose();
            logging.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync().ConfigureAwait(false);
        _deadline.Dispose();
        _logging.Dispose();
    }
}
