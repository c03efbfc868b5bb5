using Microsoft.Extensions.Logging;
using Spice.Client;

namespace Spice.Web;

/// <summary>
/// The server side's copy of what every browser should show: one monitor of the session, kept as
/// a frame of opaque BGRA cut into tiles, each with a generation that moves on when its pixels
/// change and a cache of its last PNG and JPEG so several browsers share one encode. Capturing
/// and comparing is in <c>ScreenMirror.Capture.cs</c>; the browsers it feeds in <c>ScreenMirror.Viewers.cs</c>.
/// </summary>
internal sealed partial class ScreenMirror : IAsyncDisposable
{
    private readonly SpiceSession _session;
    private readonly WebViewerOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private TileGrid _grid;
    private byte[] _frame = [];
    private TileState[] _tiles = [];
    private Task _pump = Task.CompletedTask;

    public ScreenMirror(SpiceSession session, WebViewerOptions options, ILogger logger)
    {
        _session = session;
        _options = options;
        _logger = logger;
        _grid = new TileGrid(0, 0, 0, options.TileSize);
    }

    public TileGrid Grid
    {
        get
        {
            lock (_gate)
            {
                return _grid;
            }
        }
    }

    /// <summary>
    /// Tile <paramref name="index"/> of the frame of <paramref name="epoch"/>, as PNG or, when
    /// <paramref name="allowJpeg"/> and the tile looks photographic, as JPEG; null when the
    /// screen changed size since. Encoded outside the lock from a copy of the tile's pixels.
    /// </summary>
    public EncodedTile? Encode(int epoch, int index, bool allowJpeg)
    {
        byte[] pixels;
        TileRect rect;
        int generation;
        bool? photographic;
        lock (_gate)
        {
            if (epoch != _grid.Epoch || index >= _tiles.Length)
            {
                return null;
            }

            var tile = _tiles[index];
            generation = tile.Generation;
            rect = _grid[index];
            photographic = tile.PhotographicGeneration == generation ? tile.Photographic : null;
            var cached = tile.Cached(generation, allowJpeg && photographic == true ? TileFormat.Jpeg : TileFormat.Png);
            if (photographic is not null && cached is not null)
            {
                return new EncodedTile(rect, cached.Value.Format, cached.Value.Bytes);
            }

            pixels = CopyTile(rect);
        }

        var isPhoto = photographic ?? TileEncoder.IsPhotographic(pixels);
        var format = allowJpeg && isPhoto ? TileFormat.Jpeg : TileFormat.Png;
        var bytes = TileEncoder.Encode(pixels, rect.Width, rect.Height, format, _options.JpegQuality);
        lock (_gate)
        {
            if (epoch == _grid.Epoch && _tiles[index].Generation == generation)
            {
                _tiles[index].Remember(generation, isPhoto, format, bytes);
            }
        }

        return new EncodedTile(rect, format, bytes);
    }

    private byte[] CopyTile(TileRect rect)
    {
        var stride = _grid.Width * 4;
        var rowBytes = rect.Width * 4;
        var pixels = new byte[rowBytes * rect.Height];
        for (var row = 0; row < rect.Height; row++)
        {
            _frame.AsSpan(((rect.Y + row) * stride) + (rect.X * 4), rowBytes).CopyTo(pixels.AsSpan(row * rowBytes));
        }

        return pixels;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _pump.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        Unwire();
        _stop.Dispose();
    }
}

internal readonly record struct EncodedTile(TileRect Rect, TileFormat Format, byte[] Bytes);
