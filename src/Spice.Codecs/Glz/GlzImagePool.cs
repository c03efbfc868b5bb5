namespace Spice.Codecs.Glz;

/// <summary>
/// A few dropped GLZ images kept for reuse as the pixel buffers of the next ones, so a steady stream of
/// same-sized frames does not allocate. Not thread-safe: the window calls it under its lock.
/// </summary>
internal sealed class GlzImagePool
{
    /// <summary>Smaller images are cheap to allocate and not worth holding.</summary>
    private const int MinPixels = 64 * 1024;

    private const int Capacity = 4;

    private readonly uint[]?[] _free = new uint[Capacity][];

    public void Return(uint[] pixels)
    {
        if (pixels.Length < MinPixels)
        {
            return;
        }

        for (int i = 0; i < Capacity; i++)
        {
            if (_free[i] == null)
            {
                _free[i] = pixels;
                return;
            }
        }

        // Full: replace the first entry, so the pool follows the current image size.
        _free[0] = pixels;
    }

    /// <summary>A pooled array of exactly <paramref name="count"/> pixels, or null.</summary>
    public uint[]? Take(int count)
    {
        for (int i = 0; i < Capacity; i++)
        {
            uint[]? a = _free[i];
            if (a != null && a.Length == count)
            {
                _free[i] = null;
                return a;
            }
        }

        return null;
    }
}
