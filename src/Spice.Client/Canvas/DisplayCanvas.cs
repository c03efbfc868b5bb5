using SurfaceFormat = Spice.Protocol.Messages.Display.SurfaceFormat;

namespace Spice.Client.Canvas;

/// <summary>
/// The client side of the SPICE display channel's drawing: surfaces, the pixmap and palette caches and
/// video streams, updated message by message exactly as spice-common's software canvas does.
/// A message that cannot be applied throws <see cref="CanvasException"/> (or <see cref="Spice.Codecs.CodecException"/>
/// for corrupt compressed data) and, except for cache side effects that precede the failure, changes nothing.
/// </summary>
public sealed partial class DisplayCanvas : IDisposable
{
    /// <summary>Largest surface side accepted from the server.</summary>
    public const int MaxSurfaceDimension = 16384;

    /// <summary>Largest surface area accepted from the server, in pixels.</summary>
    public const long MaxSurfacePixels = 64L * 1024 * 1024;

    private readonly Dictionary<uint, CanvasSurface> _surfaces = new();
    private readonly ImageCache _images;
    private readonly PaletteCache _palettes;
    private readonly CanvasOptions _options;
    private bool _disposed;

    public DisplayCanvas(CanvasOptions? options = null)
    {
        _options = options ?? new CanvasOptions();
        _images = new ImageCache(_options.ImageCacheCapacity, _options.ImageCacheBytes);
        _palettes = new PaletteCache(_options.PaletteCacheCapacity);
    }

    /// <summary>Raised after pixels of a surface changed; the area is clipped to the surface.</summary>
    public event Action<uint, CanvasRect>? Invalidated;

    /// <summary>Raised when a surface is created or destroyed.</summary>
    public event Action<CanvasSurface, bool>? SurfaceChanged;

    public CanvasOptions Options => _options;

    /// <summary>The surface created with the PRIMARY flag, if any.</summary>
    public CanvasSurface? Primary { get; private set; }

    public IReadOnlyCollection<CanvasSurface> Surfaces => _surfaces.Values;

    /// <summary>Monitor layout from the last MonitorsConfig message.</summary>
    public IReadOnlyList<CanvasMonitor> Monitors { get; private set; } = [];

    internal ImageCache ImageCache => _images;

    internal PaletteCache PaletteCache => _palettes;

    public CanvasSurface? GetSurface(uint id) => _surfaces.GetValueOrDefault(id);

    internal CanvasSurface RequireSurface(uint id) =>
        _surfaces.TryGetValue(id, out var s) ? s : throw new CanvasException($"surface {id} does not exist");

    /// <summary>SPICE_MSG_DISPLAY_SURFACE_CREATE.</summary>
    internal CanvasSurface CreateSurface(uint id, int width, int height, SurfaceFormat format, bool primary)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (width <= 0 || height <= 0 || width > MaxSurfaceDimension || height > MaxSurfaceDimension ||
            (long)width * height > MaxSurfacePixels)
        {
            throw new CanvasException($"surface {id} size {width}x{height} is out of range");
        }

        if (format is not (SurfaceFormat.A1 or SurfaceFormat.A8 or SurfaceFormat.Rgb16_555 or SurfaceFormat.Rgb16_565 or
            SurfaceFormat.Rgb32_xRGB or SurfaceFormat.Rgb32_ARGB))
        {
            throw new CanvasException($"surface {id} has unknown format {(uint)format}");
        }

        if (_surfaces.ContainsKey(id))
        {
            DestroySurface(id);
        }

        var surface = new CanvasSurface(id, width, height, format, primary);
        _surfaces[id] = surface;
        if (primary)
        {
            Primary = surface;
        }

        SurfaceChanged?.Invoke(surface, true);
        Invalidated?.Invoke(id, surface.Bounds);
        return surface;
    }

    /// <summary>SPICE_MSG_DISPLAY_SURFACE_DESTROY.</summary>
    internal void DestroySurface(uint id)
    {
        if (!_surfaces.Remove(id, out var surface))
        {
            throw new CanvasException($"surface {id} does not exist");
        }

        DestroyStreamsOn(id);
        if (ReferenceEquals(Primary, surface))
        {
            Primary = null;
        }

        SurfaceChanged?.Invoke(surface, false);
    }

    /// <summary>SPICE_MSG_DISPLAY_RESET: every surface, cache and stream goes.</summary>
    public void Reset()
    {
        foreach (var id in _surfaces.Keys.ToArray())
        {
            DestroySurface(id);
        }

        DestroyAllStreams();
        _images.Clear();
        _palettes.Clear();
    }

    internal void SetMonitors(IReadOnlyList<CanvasMonitor> monitors) => Monitors = monitors;

    /// <summary>SPICE_MSG_DISPLAY_INVAL_LIST: drop pixmaps (resource type 1) by id.</summary>
    internal void InvalidateImages(ReadOnlySpan<ulong> ids)
    {
        foreach (var id in ids)
        {
            _images.Remove(id);
        }
    }

    /// <summary>SPICE_MSG_DISPLAY_INVAL_ALL_PIXMAPS.</summary>
    internal void InvalidateAllImages() => _images.Clear();

    /// <summary>SPICE_MSG_DISPLAY_INVAL_PALETTE.</summary>
    internal void InvalidatePalette(ulong id) => _palettes.Remove(id);

    /// <summary>SPICE_MSG_DISPLAY_INVAL_ALL_PALETTES.</summary>
    public void InvalidateAllPalettes() => _palettes.Clear();

    private void RaiseInvalidated(CanvasSurface surface, CanvasRect area)
    {
        var r = area.Intersect(surface.Bounds);
        if (!r.IsEmpty)
        {
            Invalidated?.Invoke(surface.Id, r);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        DestroyAllStreams();
        _images.Dispose();
        _palettes.Clear();
        _surfaces.Clear();
        Primary = null;
    }
}
