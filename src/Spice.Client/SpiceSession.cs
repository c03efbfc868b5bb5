using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client.Channels;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Messages.Main;

namespace Spice.Client;

/// <summary>
/// One connection to a SPICE server: the main channel plus every display, cursor and inputs
/// channel the server lists, linked with the same connection id. Build it with
/// <see cref="ConnectAsync"/>; channel wiring is in <c>SpiceSession.Connect.cs</c>, the display
/// model in <c>SpiceSession.Display.cs</c>.
/// </summary>
public sealed partial class SpiceSession : IAsyncDisposable
{
    private readonly List<SpiceChannel> _channels = [];
    private readonly List<DisplayChannel> _displays = [];
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private int _disposed;

    private SpiceSession(SpiceConnectOptions options, MainChannel main, ILoggerFactory loggerFactory)
    {
        Options = options;
        Main = main;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<SpiceSession>();
        _channels.Add(main);
    }

    public SpiceConnectOptions Options { get; }

    public MainChannel Main { get; }

    public uint SessionId => Main.SessionId;

    /// <summary>Every linked channel, main first.</summary>
    public IReadOnlyList<SpiceChannel> Channels => _channels;

    /// <summary>Channels the server listed, including those this client does not open (playback, usbredir...).</summary>
    public IReadOnlyList<ChannelId> ListedChannels { get; private set; } = [];

    public IReadOnlyList<DisplayChannel> Displays => _displays;

    public InputsChannel? Inputs { get; private set; }

    /// <summary>The cursor channel of the first display (QEMU offers one per QXL device); all are in <see cref="Channels"/>.</summary>
    public CursorChannel? Cursor { get; private set; }

    public MouseMode SupportedMouseModes => Main.SupportedMouseModes;

    public MouseMode CurrentMouseMode => Main.CurrentMouseMode;

    /// <summary>Completes when the main channel closes, with the failure that closed it (null when clean).</summary>
    public Task<Exception?> Closed => Main.Closed;

    /// <summary>A channel finished linking and its read loop runs.</summary>
    public event EventHandler<ChannelEventArgs>? ChannelUp;

    /// <summary>A channel closed; raised from its read loop's completion.</summary>
    public event EventHandler<ChannelEventArgs>? ChannelDown;

    public Task SendKeyAsync(ushort scancode, bool down, CancellationToken cancellationToken = default) =>
        RequireInputs().SendKeyAsync(scancode, down, cancellationToken);

    public Task TypeTextAsync(string text, CancellationToken cancellationToken = default) =>
        RequireInputs().TypeTextAsync(text, TimeSpan.Zero, cancellationToken);

    private InputsChannel RequireInputs() =>
        Inputs ?? throw new InvalidOperationException("the server did not offer an inputs channel");

    private void Track(SpiceChannel channel)
    {
        _channels.Add(channel);
        ChannelUp?.Invoke(this, new ChannelEventArgs(channel.Type, channel.Id, null));
        _ = channel.Closed.ContinueWith(
            t => ChannelDown?.Invoke(this, new ChannelEventArgs(channel.Type, channel.Id, t.Result)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var channel in _channels.AsEnumerable().Reverse())
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }
}
