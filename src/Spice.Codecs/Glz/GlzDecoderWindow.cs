namespace Spice.Codecs.Glz;

/// <summary>
/// The client side of a GLZ dictionary: decoded images by id, kept while later images may still refer to
/// them. Each image's header says how far back its window reaches; once the ids up to an image have all
/// arrived, everything older than that image's window is dropped (images from several display channels may
/// arrive out of order, so an image newer than a gap does not release anything). A pixel cap bounds memory
/// whatever the server sends. Safe to share between the display channels of one dictionary.
/// </summary>
public sealed class GlzDecoderWindow
{
    /// <summary>Default cap: 64 megapixels, 256 MiB of decoded pixels.</summary>
    public const long DefaultMaxPixels = 64L * 1024 * 1024;

    private readonly Lock _sync = new();
    private readonly Dictionary<ulong, Entry> _images = [];
    private ulong _tail;
    private long _pixels;
    private long _maxPixels;

    public GlzDecoderWindow(long maxPixels = DefaultMaxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        _maxPixels = maxPixels;
    }

    /// <summary>Images currently held.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _images.Count;
            }
        }
    }

    /// <summary>Pixels currently held.</summary>
    public long Pixels
    {
        get
        {
            lock (_sync)
            {
                return _pixels;
            }
        }
    }

    /// <summary>
    /// Applies the glz dictionary window size (pixels) the client announced in its display init message:
    /// the window never holds more than that plus one full-size image, nor more than the constructor's cap.
    /// </summary>
    public void SetWindowSize(long windowPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowPixels, 1);
        lock (_sync)
        {
            _maxPixels = Math.Min(_maxPixels, windowPixels + PixelLimits.MaxPixels);
            Trim(ulong.MaxValue);
        }
    }

    public bool Contains(ulong id)
    {
        lock (_sync)
        {
            return _images.ContainsKey(id);
        }
    }

    /// <summary>Drops every image (the server reset its dictionary, or the channel reconnected).</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _images.Clear();
            _pixels = 0;
            _tail = 0;
        }
    }

    internal uint[]? Get(ulong id)
    {
        lock (_sync)
        {
            return _images.TryGetValue(id, out Entry e) ? e.Pixels : null;
        }
    }

    internal void Add(ulong id, uint[] pixels, uint windowHeadDistance)
    {
        lock (_sync)
        {
            if (_images.Count == 0 || id < _tail)
            {
                _tail = id;
            }

            if (_images.Remove(id, out Entry old))
            {
                _pixels -= old.Pixels.Length;
            }

            _images[id] = new Entry(pixels, windowHeadDistance);
            _pixels += pixels.Length;
            while (_images.ContainsKey(_tail))
            {
                _tail++;
            }

            if (_tail > 0 && _images.TryGetValue(_tail - 1, out Entry last))
            {
                Release(_tail - 1 - Math.Min(_tail - 1, last.WindowHeadDistance));
            }

            Trim(id);
        }
    }

    private void Release(ulong oldest)
    {
        List<ulong>? stale = null;
        foreach (ulong key in _images.Keys)
        {
            if (key < oldest)
            {
                (stale ??= []).Add(key);
            }
        }

        if (stale != null)
        {
            foreach (ulong key in stale)
            {
                _pixels -= _images[key].Pixels.Length;
                _images.Remove(key);
            }
        }
    }

    /// <summary>Drops the oldest images (never <paramref name="keep"/>) while over the pixel cap.</summary>
    private void Trim(ulong keep)
    {
        while (_pixels > _maxPixels && _images.Count > 1)
        {
            ulong oldest = ulong.MaxValue;
            foreach (ulong key in _images.Keys)
            {
                if (key < oldest && key != keep)
                {
                    oldest = key;
                }
            }

            _pixels -= _images[oldest].Pixels.Length;
            _images.Remove(oldest);
        }
    }

    private readonly record struct Entry(uint[] Pixels, uint WindowHeadDistance);
}
