namespace Spice.Web;

/// <summary>One tile of the mirror: how often it changed, and its encodings for the generation they were made from.</summary>
internal struct TileState
{
    public int Generation;
    public int PhotographicGeneration;
    public bool Photographic;
    private int _pngGeneration;
    private byte[]? _png;
    private int _jpegGeneration;
    private byte[]? _jpeg;

    public static TileState Fresh() => new() { Generation = 1 };

    public readonly (TileFormat Format, byte[] Bytes)? Cached(int generation, TileFormat format) => format switch
    {
        TileFormat.Png when _pngGeneration == generation && _png is not null => (format, _png),
        TileFormat.Jpeg when _jpegGeneration == generation && _jpeg is not null => (format, _jpeg),
        _ => null,
    };

    public void Remember(int generation, bool photographic, TileFormat format, byte[] bytes)
    {
        PhotographicGeneration = generation;
        Photographic = photographic;
        if (format == TileFormat.Png)
        {
            _pngGeneration = generation;
            _png = bytes;
        }
        else
        {
            _jpegGeneration = generation;
            _jpeg = bytes;
        }
    }

    /// <summary>New pixels: the cached encodings are stale, so let them go.</summary>
    public void Changed()
    {
        Generation++;
        _png = null;
        _jpeg = null;
    }
}
