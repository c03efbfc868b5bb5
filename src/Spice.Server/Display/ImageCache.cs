namespace Spice.Server.Display;

/// <summary>
/// The server's model of one client's pixmap cache: which image ids the client holds, and how
/// many pixels they take against the size the client announced in its display init. Least
/// recently used ids are evicted first; the caller tells the client with an INVAL_LIST.
/// </summary>
internal sealed class ImageCache
{
    private readonly Dictionary<ulong, LinkedListNode<(ulong Id, long Pixels)>> _entries = [];
    private readonly LinkedList<(ulong Id, long Pixels)> _order = new();
    private long _used;

    public ImageCache(long capacityPixels)
    {
        CapacityPixels = capacityPixels;
    }

    public long CapacityPixels { get; }

    public int Count => _entries.Count;

    /// <summary>True when the client holds <paramref name="id"/>; marks it recently used.</summary>
    public bool TryHit(ulong id)
    {
        if (!_entries.TryGetValue(id, out var node))
        {
            return false;
        }

        _order.Remove(node);
        _order.AddFirst(node);
        return true;
    }

    /// <summary>Records <paramref name="id"/> as cached; evicted ids are appended to <paramref name="evicted"/>.</summary>
    public bool TryAdd(ulong id, long pixels, List<ulong> evicted)
    {
        if (pixels > CapacityPixels || _entries.ContainsKey(id))
        {
            return false;
        }

        while (_used + pixels > CapacityPixels && _order.Last is { } last)
        {
            _order.RemoveLast();
            _entries.Remove(last.Value.Id);
            _used -= last.Value.Pixels;
            evicted.Add(last.Value.Id);
        }

        _entries[id] = _order.AddFirst((id, pixels));
        _used += pixels;
        return true;
    }
}
