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
    private readonly GlzImagePool _pool = new();
    private int _decoding;
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
            foreach (Entry e in _images.Values)
            {
                Unref(e.Image);
            }

            _images.Clear();
            _pixels = 0;
            _tail = 0;
        }
    }

    /// <summary>
    /// Starts a decode: a pixel buffer of exactly <paramref name="count"/> pixels, reusing one of the images
    /// this window dropped when no other decode is running (only a running decode can still read a dropped
    /// image). Pair with <see cref="EndDecode"/>.
    /// </summary>
    internal uint[] BeginDecode(int count)
    {
        lock (_sync)
        {
            uint[]? reused = _decoding == 0 ? _pool.Take(count) : null;
            _decoding++;
            return reused ?? GC.AllocateUninitializedArray<uint>(count);
        }
    }

    internal void EndDecode()
    {
        lock (_sync)
        {
            _decoding--;
        }
    }

    internal uint[]? Get(ulong id)
    {
        lock (_sync)
        {
            return _images.TryGetValue(id, out Entry e) ? e.Image.Pixels : null;
        }
    }

    /// <summary>Adds a decoded image; with <paramref name="share"/> the caller gets a reference too.</summary>
    internal GlzImage Add(ulong id, uint[] pixels, int width, int height, uint windowHeadDistance, bool share)
    {
        var image = new GlzImage(this, pixels, width, height);
        lock (_sync)
        {
            if (share)
            {
                image.Refs++;
            }

            AddLocked(id, image, windowHeadDistance);
        }

        return image;
    }

    internal void Release(GlzImage image)
    {
        lock (_sync)
        {
            Unref(image);
        }
    }

    private void Unref(GlzImage image)
    {
        if (--image.Refs == 0)
        {
            _pool.Return(image.Pixels);
        }
    }

    private void AddLocked(ulong id, GlzImage image, uint windowHeadDistance)
    {
        if (_images.Count == 0 || id < _tail)
        {
            _tail = id;
        }

        if (_images.Remove(id, out Entry old))
        {
            _pixels -= old.Image.Pixels.Length;
            Unref(old.Image);
        }

        _images[id] = new Entry(image, windowHeadDistance);
        _pixels += image.Pixels.Length;
        while (_images.ContainsKey(_tail))
        {
            _tail++;
        }

        if (_tail > 0 && _images.TryGetValue(_tail - 1, out Entry last))
        {
            ReleaseBefore(_tail - 1 - Math.Min(_tail - 1, last.WindowHeadDistance));
        }

        Trim(id);
    }

    private void ReleaseBefore(ulong oldest)
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
                Drop(key);
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

            Drop(oldest);
        }
    }

    private void Drop(ulong id)
    {
        _images.Remove(id, out Entry e);
        _pixels -= e.Image.Pixels.Length;
        Unref(e.Image);
    }

    private readonly record struct Entry(GlzImage Image, uint WindowHeadDistance);
}
