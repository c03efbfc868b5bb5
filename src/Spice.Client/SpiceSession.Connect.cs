using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client.Channels;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Link;
using Spice.Protocol.Messages.Main;

namespace Spice.Client;

public sealed partial class SpiceSession
{
    /// <summary>
    /// Links the main channel, waits for init and the channels list, then links every listed
    /// display, cursor and inputs channel. Every step is bounded by <see cref="SpiceConnectOptions.ConnectTimeout"/>.
    /// </summary>
    /// <exception cref="SpiceLinkException">The server refused a link (wrong password: PermissionDenied).</exception>
    /// <exception cref="SpiceConnectionException">Unreachable, not SPICE, closed or timed out.</exception>
    public static async Task<SpiceSession> ConnectAsync(SpiceConnectOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        loggerFactory ??= NullLoggerFactory.Instance;
        var mainLink = await OpenAsync(options, ChannelType.Main, 0, 0, MainChannel.ClientCaps(), cancellationToken).ConfigureAwait(false);
        var main = new MainChannel(mainLink, loggerFactory.CreateLogger<MainChannel>());
        var session = new SpiceSession(options, main, loggerFactory);
        main.MultimediaTimeReceived += session._clock.Set;
        try
        {
            ClientLog.ChannelLinked(session._logger, ChannelType.Main, 0, mainLink.MiniHeader);
            await main.StartAsync(cancellationToken).ConfigureAwait(false);
            var init = await WithTimeout(main.Init, options, "main init", cancellationToken).ConfigureAwait(false);
            session._clock.Set(init.MultiMediaTime, main.InitReceivedAt);
            var listed = await WithTimeout(main.ChannelsListed, options, "channels list", cancellationToken).ConfigureAwait(false);
            session.ListedChannels = listed;
            ClientLog.Connected(session._logger, options.ToString(), init.SessionId, listed.Length);
            var links = listed
                .Where(c => c.Type is ChannelType.Display or ChannelType.Cursor or ChannelType.Inputs || IsAudio(c.Type))
                .Select(c => session.LinkChannelAsync(c, init.SessionId, cancellationToken))
                .ToArray();
            await Task.WhenAll(links).ConfigureAwait(false);
            session._displays.Sort((a, b) => a.Id.CompareTo(b.Id));
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task LinkChannelAsync(ChannelId id, uint connectionId, CancellationToken cancellationToken)
    {
        var caps = id.Type switch
        {
            ChannelType.Display => DisplayChannel.ClientCaps(),
            ChannelType.Inputs => InputsChannel.ClientCaps(),
            ChannelType.Playback or ChannelType.Record => AudioCaps(id.Type),
            _ => new Capabilities(),
        };
        LinkedStream link;
        try
        {
            link = await OpenAsync(Options, id.Type, id.Id, connectionId, caps, cancellationToken).ConfigureAwait(false);
        }
        catch (SpiceLinkException e) when (e.Error == LinkError.ChannelNotAvailable)
        {
            ClientLog.ChannelSkipped(_logger, id.Type, id.Id, e.Message);
            return;
        }

        SpiceChannel channel = id.Type switch
        {
            ChannelType.Display => new DisplayChannel(link, _loggerFactory.CreateLogger<DisplayChannel>(), Options.PreferredCompression),
            ChannelType.Inputs => new InputsChannel(link, _loggerFactory.CreateLogger<InputsChannel>()),
            ChannelType.Playback or ChannelType.Record => CreateAudioChannel(link),
            _ => new CursorChannel(link, _loggerFactory.CreateLogger<CursorChannel>()),
        };
        lock (_channels)
        {
            switch (channel)
            {
                case DisplayChannel display:
                    _displays.Add(display);
                    WireDisplay(display);
                    break;
                case InputsChannel inputs:
                    Inputs = inputs;
                    break;
                case CursorChannel cursor when Cursor is null || cursor.Id < Cursor.Id:
                    Cursor = cursor;
                    break;
            }

            Track(channel);
        }

        ClientLog.ChannelLinked(_logger, id.Type, id.Id, link.MiniHeader);
        await channel.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<LinkedStream> OpenAsync(SpiceConnectOptions options, ChannelType type, byte id, uint connectionId, Capabilities channelCaps, CancellationToken cancellationToken)
    {
        var mess = new LinkMess
        {
            ConnectionId = connectionId,
            ChannelType = type,
            ChannelId = id,
            CommonCaps = ChannelLinker.ClientCommonCaps(),
            ChannelCaps = channelCaps,
        };
        return ChannelConnector.OpenAsync(options, mess, cancellationToken);
    }

    private static async Task<T> WithTimeout<T>(Task<T> task, SpiceConnectOptions options, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new SpiceConnectionException($"{options} sent no {what} within {options.ConnectTimeout.TotalSeconds:0.#} s", e);
        }
    }
}
