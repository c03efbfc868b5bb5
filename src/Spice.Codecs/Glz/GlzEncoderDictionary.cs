namespace Spice.Codecs.Glz;

/// <summary>
/// The server side of a GLZ dictionary (one per client and dictionary id): the last images encoded, up to a
/// fixed number of pixels, and a hash of their contents so new images can point into them. The oldest images
/// are evicted first; every stream tells the client how far back the window still reaches.
/// </summary>
/// <remarks>Dispose returns the 8 MiB hash table (and evicted images) for the next dictionary to reuse.</remarks>
public sealed class GlzEncoderDictionary : IDisposable
{
    /// <summary>One cleared hash table left by a disposed dictionary.</summary>
    private static long[]? s_spareTable;

    internal const int HashBits = 20;
    internal const int IndexBits = 26;

    private readonly List<uint[]> _images = [];
    private readonly GlzImagePool _pool = new();
    private long _pixels;

    /// <param name="windowSize">Window size in pixels, as the client announced in its display init message.</param>
    public GlzEncoderDictionary(int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowSize, 1);
        WindowSize = windowSize;
        Table = Interlocked.Exchange(ref s_spareTable, null) ?? new long[1 << HashBits];
    }

    public int WindowSize { get; }

    /// <summary>Images currently in the window.</summary>
    public int Count => _images.Count;

    /// <summary>Id the next encoded image gets.</summary>
    public ulong NextImageId { get; private set; }

    /// <summary>Id of the oldest image still in the window.</summary>
    internal ulong OldestId => NextImageId - (ulong)_images.Count;

    /// <summary>Hash of three pixels to (image id &lt;&lt; 26 | pixel index) + 1; 0 is empty.</summary>
    internal long[] Table { get; private set; }

    /// <summary>Serialises encoders sharing this dictionary.</summary>
    internal Lock Sync { get; } = new();

    internal uint[]? Get(ulong id) =>
        id >= OldestId && id < NextImageId ? _images[(int)(id - OldestId)] : null;

    /// <summary>
    /// Makes room for an image of <paramref name="pixels"/> pixels and returns its id; the image joins the
    /// window so later images can reference it.
    /// </summary>
    internal ulong Admit(uint[] pixels)
    {
        int evict = 0;
        long total = _pixels;
        while (evict < _images.Count && total + pixels.Length > WindowSize)
        {
            total -= _images[evict].Length;
            evict++;
        }

        for (int i = 0; i < evict; i++)
        {
            _pool.Return(_images[i]);
        }

        _images.RemoveRange(0, evict);
        _pixels = total + pixels.Length;
        _images.Add(pixels);
        return NextImageId++;
    }

    /// <summary>An evicted image of exactly <paramref name="count"/> pixels to reuse, or a new array.</summary>
    internal uint[] RentImage(int count)
    {
        lock (Sync)
        {
            return _pool.Take(count) ?? GC.AllocateUninitializedArray<uint>(count);
        }
    }

    /// <summary>Hands the hash table to the next dictionary created; this one must not be used again.</summary>
    public void Dispose()
    {
        lock (Sync)
        {
            if (Table.Length == 0)
            {
                return;
            }

            long[] table = Table;
            Table = [];
            _images.Clear();
            Array.Clear(table);
            Volatile.Write(ref s_spareTable, table);
        }
    }

    /// <summary>Forgets every image; ids keep increasing so stale hash entries can never match.</summary>
    public void Clear()
    {
        lock (Sync)
        {
            NextImageId += (ulong)_images.Count;
            _images.Clear();
            _pixels = 0;
        }
    }
}
