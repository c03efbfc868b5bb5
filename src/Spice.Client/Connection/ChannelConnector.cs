using Spice.Protocol;
using Spice.Protocol.Link;

namespace Spice.Client.Connection;

/// <summary>
/// Connects and links one channel the way spice-gtk does: over the plain port when there is one,
/// otherwise over TLS; a channel the server answers with NEED_SECURED on the plain port is
/// connected again over the TLS port.
/// </summary>
internal static class ChannelConnector
{
    public static async Task<LinkedStream> OpenAsync(SpiceConnectOptions options, LinkMess mess, CancellationToken cancellationToken)
    {
        var tls = !options.HasPlainEndpoint;
        try
        {
            return await OpenOnceAsync(options, mess, tls, cancellationToken).ConfigureAwait(false);
        }
        catch (SpiceLinkException e) when (e.Error == LinkError.NeedSecured && !tls && options.TlsPort is not null && options.UnixPath is null)
        {
            return await OpenOnceAsync(options, mess, tls: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<LinkedStream> OpenOnceAsync(SpiceConnectOptions options, LinkMess mess, bool tls, CancellationToken cancellationToken)
    {
        var stream = await SocketConnector.ConnectAsync(options, tls, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ChannelLinker.LinkAsync(stream, mess, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
