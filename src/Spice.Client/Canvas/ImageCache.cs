namespace Spice.Client.Canvas;

/// <summary>
/// The pixmap cache: decoded images by SPICE image id. The server decides what is evicted
/// (inval_list / inval_all_pixmaps); the capacity only bounds memory against a hostile server.
/// Also remembers which ids were stored from a lossy image, for FROM_CACHE_LOSSLESS.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<ulong, (CanvasImage Image, bool Lossy)> _images = new();
    private readonly LinkedList<ulong> _order = new();
    private readonly Dictionary<ulong, LinkedListNode<ulong>> _nodes = new();
    private readonly int _capacity;
    private readonly long _maxBytes;
    private long _bytes;

    public ImageCache(int capacity, long maxBytes)
    {
        _capacity = Math.Max(1, capacity);
        _maxBytes = Math.Max(1, maxBytes);
    }

    public int Count => _images.Count;

    public void Put(ulong id, CanvasImage image, bool lossy)
    {
        Remove(id);
        image.AddRef();
        _images[id] = (image, lossy);
        _nodes[id] = _order.AddLast(id);
        _bytes += image.ByteSize;
        while ((_images.Count > _capacity || _bytes > _maxBytes) && _order.First is { } oldest && oldest.Value != id)
        {
            Remove(oldest.Value);
        }
    }

    /// <summary>The cached image with a reference taken for the caller, or a CanvasException on a miss.</summary>
    public CanvasImage Get(ulong id, bool lossless)
    {
        if (!_images.TryGetValue(id, out var entry))
        {
            throw new CanvasException($"image {id} is not in the pixmap cache");
        }

        if (lossless && entry.Lossy)
        {
            throw new CanvasException($"image {id} is cached only in a lossy version");
        }

        return entry.Image.AddRef();
    }

    public bool Contains(ulong id) => _images.ContainsKey(id);

    public void Remove(ulong id)
    {
        if (_images.Remove(id, out var entry))
        {
            _bytes -= entry.Image.ByteSize;
            entry.Image.Release();
            _order.Remove(_nodes[id]);
            _nodes.Remove(id);
        }
    }

    public void Clear()
    {
        foreach (var entry in _images.Values)
        {
            entry.Image.Release();
        }

        _images.Clear();
        _nodes.Clear();
        _order.Clear();
        _bytes = 0;
    }

    public void Dispose() => Clear();
}
