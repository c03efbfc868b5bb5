namespace Spice.Client.Canvas;

/// <summary>Palettes by unique id (PAL_CACHE_ME stores, PAL_FROM_CACHE reads, inval_palette drops).</summary>
internal sealed class PaletteCache
{
    private readonly Dictionary<ulong, uint[]> _palettes = new();
    private readonly int _capacity;

    public PaletteCache(int capacity) => _capacity = Math.Max(1, capacity);

    public int Count => _palettes.Count;

    public void Put(ulong id, uint[] entries)
    {
        if (_palettes.Count >= _capacity && !_palettes.ContainsKey(id))
        {
            _palettes.Remove(_palettes.Keys.First());
        }

        _palettes[id] = entries;
    }

    public uint[] Get(ulong id) =>
        _palettes.TryGetValue(id, out var p) ? p : throw new CanvasException($"palette {id} is not in the palette cache");

    public void Remove(ulong id) => _palettes.Remove(id);

    public void Clear() => _palettes.Clear();
}
