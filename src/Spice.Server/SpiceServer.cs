using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Protocol;

namespace Spice.Server;

/// <summary>
/// An embeddable SPICE server: shows one <see cref="SpiceDisplay"/> and one <see cref="SpiceCursor"/>
/// to any number of clients at once, each with its own channels and pace.
/// </summary>
public sealed partial class SpiceServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<uint, ClientSession> _sessions = new();
    private readonly ConcurrentDictionary<Task, byte> _connections = new();
    private readonly ILogger _logger;
    private Socket? _listener;
    private CancellationTokenSource? _stopping;
    private Task? _acceptLoop;

    public SpiceServer(SpiceServerOptions options, SpiceDisplay display, SpiceCursor? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(display);
        Options = options;
        Display = display;
        Cursor = cursor ?? new SpiceCursor();
        LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = LoggerFactory.CreateLogger<SpiceServer>();
    }

    public SpiceServerOptions Options { get; }

    public SpiceDisplay Display { get; }

    public SpiceCursor Cursor { get; }

    /// <summary>The port actually listened on (useful with <see cref="SpiceServerOptions.Port"/> = 0).</summary>
    public int Port => (_listener?.LocalEndPoint as IPEndPoint)?.Port ?? 0;

    /// <summary>Clients whose main channel is linked.</summary>
    public int ClientCount => _sessions.Count;

    internal ILoggerFactory LoggerFactory { get; }

    /// <summary>The lock-key LEDs last reported to clients.</summary>
    internal SpiceKeyboardModifiers KeyboardLeds { get; set; }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_listener is not null)
        {
            throw new InvalidOperationException("the server is already started");
        }

        var address = IPAddress.Parse(Options.Address);
        var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        Socket? tlsListener;
        try
        {
            if (address.Equals(IPAddress.IPv6Any))
            {
                listener.DualMode = true;
            }

            listener.Bind(new IPEndPoint(address, Options.Port));
            listener.Listen(128);
            tlsListener = BindTlsListener();
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        _listener = listener;
        _stopping = new CancellationTokenSource();
        ServerLog.Listening(_logger, listener.LocalEndPoint!);
        _acceptLoop = AcceptLoopAsync(listener, secure: false, _stopping.Token);
        StartTlsAcceptLoop(tlsListener, _stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var listener = _listener;
        var stopping = _stopping;
        if (listener is null || stopping is null)
        {
            return;
        }

        _listener = null;
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Dispose();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await StopTlsAsync(cancellationToken).ConfigureAwait(false);

        await Task.WhenAll(_connections.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        stopping.Dispose();
        ServerLog.Stopped(_logger);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task AcceptLoopAsync(Socket listener, bool secure, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (SocketException e)
            {
                ServerLog.AcceptFailed(_logger, e);
                continue;
            }

            socket.NoDelay = true;
            var task = ServeConnectionAsync(socket, secure, cancellationToken);
            _connections.TryAdd(task, 0);
            _ = task.ContinueWith(t => _connections.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    internal ClientSession? FindSession(uint id) => _sessions.GetValueOrDefault(id);

    internal ClientSession CreateSession(uint requestedId, string remote)
    {
        while (true)
        {
            var id = requestedId != 0 ? requestedId : (uint)Random.Shared.Next(1, int.MaxValue);
            var session = new ClientSession(this, id, remote);
            if (_sessions.TryAdd(id, session))
            {
                return session;
            }

            if (requestedId != 0)
            {
                throw new Link.LinkRefusedException(LinkError.BadConnectionId, $"session {requestedId} is already connected");
            }
        }
    }

    internal void RemoveSession(ClientSession session) => _sessions.TryRemove(new KeyValuePair<uint, ClientSession>(session.Id, session));
}
