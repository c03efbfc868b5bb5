using Microsoft.Extensions.Logging;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Client.Channels;

/// <summary>
/// A display channel: sends display-init (pixmap cache and GLZ window sizes) and the preferred
/// compression, then hands every drawing message to the canvas (<c>DisplayChannel.Canvas.cs</c>).
/// </summary>
public sealed partial class DisplayChannel : SpiceChannel
{
    /// <summary>spice-gtk's defaults: an 80 MiB image cache and a GLZ window of up to 64 MiB, given to the server in pixels.</summary>
    private const long PixmapCacheBytes = 80L * 1024 * 1024;
    private const int GlzWindowBytes = 64 * 1024 * 1024;

    private readonly ImageCompression? _preferredCompression;

    internal DisplayChannel(LinkedStream link, ILogger logger, ImageCompression? preferredCompression = null) : base(link, logger)
    {
        _preferredCompression = preferredCompression;
        RegisterCanvasHandlers();
    }

    /// <summary>Display channel capabilities this client announces: what the canvas and codecs can render.</summary>
    internal static Capabilities ClientCaps() => new Capabilities()
        .Set(DisplayCapability.SizedStream)
        .Set(DisplayCapability.MonitorsConfig)
        .Set(DisplayCapability.Composite)
        .Set(DisplayCapability.A8Surface)
        .Set(DisplayCapability.StreamReport)
        .Set(DisplayCapability.Lz4Compression)
        .Set(DisplayCapability.PrefCompression)
        .Set(DisplayCapability.MultiCodec)
        .Set(DisplayCapability.CodecMjpeg);

    private protected override async Task OnLinkedAsync(CancellationToken cancellationToken)
    {
        await SendAsync(
            new DisplayInit
            {
                PixmapCacheId = 1,
                PixmapCacheSize = PixmapCacheBytes / 4,
                GlzDictionaryId = 1,
                GlzDictionaryWindowSize = GlzWindowBytes / 4,
            },
            cancellationToken).ConfigureAwait(false);
        if (_preferredCompression is { } compression && ServerChannelCaps.Has(DisplayCapability.PrefCompression))
        {
            await SendAsync(new PreferredCompression { ImageCompression = compression }, cancellationToken).ConfigureAwait(false);
        }
    }
}
