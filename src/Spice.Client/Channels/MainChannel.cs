using Microsoft.Extensions.Logging;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Channels;

/// <summary>
/// The main channel: receives init (session id, mouse modes), asks for and receives the channels
/// list, tracks the mouse mode and asks for client mode when the server offers it.
/// </summary>
public sealed partial class MainChannel : SpiceChannel
{
    private readonly TaskCompletionSource<MainInit> _init = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ChannelId[]> _channels = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal MainChannel(LinkedStream link, ILogger logger) : base(link, logger)
    {
        On(MainMessageType.Init, OnInitAsync);
        On(MainMessageType.ChannelsList, OnChannelsList);
        On(MainMessageType.MouseMode, OnMouseModeAsync);
        On(MainMessageType.MultiMediaTime, OnMultimediaTime);
        RegisterAgentHandlers();
        _ = Closed.ContinueWith(
            t =>
            {
                const string message = "the server closed the main channel before the session was set up";
                var reason = t.Result is { } error ? new SpiceConnectionException($"{message}: {error.Message}", error) : new SpiceConnectionException(message);
                _init.TrySetException(reason);
                _channels.TrySetException(reason);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Channel capabilities this client announces on the main channel.</summary>
    internal static Capabilities ClientCaps() => new Capabilities().Set(MainCapability.NameAndUuid).Set(MainCapability.AgentConnectedTokens);

    public uint SessionId { get; private set; }

    public MouseMode SupportedMouseModes { get; private set; }

    public MouseMode CurrentMouseMode { get; private set; }

    /// <summary>Raised on the read loop when the server reports a new mouse mode.</summary>
    public event EventHandler? MouseModeChanged;

    internal Task<MainInit> Init => _init.Task;

    /// <summary>Stopwatch timestamp of init's arrival: its multimedia time was current then.</summary>
    internal long InitReceivedAt { get; private set; }

    internal Task<ChannelId[]> ChannelsListed => _channels.Task;

    private async ValueTask OnInitAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        InitReceivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var init = MainInit.Read(body);
        SessionId = init.SessionId;
        await SendAsync(new EmptyMessage((ushort)MainClientMessageType.AttachChannels), cancellationToken).ConfigureAwait(false);
        await ApplyMouseModeAsync((MouseMode)init.SupportedMouseModes, (MouseMode)init.CurrentMouseMode, cancellationToken).ConfigureAwait(false);
        await Agent.OnInitAsync(init, cancellationToken).ConfigureAwait(false);
        _init.TrySetResult(init);
    }

    private ValueTask OnChannelsList(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        _channels.TrySetResult(ChannelsList.Read(body).Channels);
        return ValueTask.CompletedTask;
    }

    private async ValueTask OnMouseModeAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var mode = MainMouseMode.Read(body);
        await ApplyMouseModeAsync(mode.SupportedModes, mode.CurrentMode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Absolute (client) positioning is what a remote viewer wants whenever the server can do it.</summary>
    private async ValueTask ApplyMouseModeAsync(MouseMode supported, MouseMode current, CancellationToken cancellationToken)
    {
        SupportedMouseModes = supported;
        CurrentMouseMode = current;
        ClientLog.MouseMode(Logger, supported, current);
        MouseModeChanged?.Invoke(this, EventArgs.Empty);
        if (supported.HasFlag(MouseMode.Client) && current != MouseMode.Client)
        {
            await SendAsync(new MouseModeRequest { Mode = MouseMode.Client }, cancellationToken).ConfigureAwait(false);
        }
    }
}
