using Spice.Client.Canvas.Model;

namespace Spice.Client.Canvas;

/// <summary>
/// Reads the source or mask of a composite at destination offsets: integer lookups without a transform; with one,
/// pixel centres mapped through the 16.16 matrix with pixman's rounding and sampled nearest; then the repeat mode.
/// </summary>
internal readonly struct CompositeSampler
{
    public const int RepeatNone = 0, RepeatNormal = 1, RepeatPad = 2, RepeatReflect = 3;

    private readonly uint[] _data;
    private readonly int _width, _height, _repeat, _originX, _originY;
    private readonly bool _opaque;
    private readonly Transform? _transform;

    public CompositeSampler(in PixelSource src, int repeat, int originX, int originY, Transform? transform, bool forceOpaque)
    {
        _data = src.Data;
        _width = src.Width;
        _height = src.Height;
        _repeat = repeat;
        _originX = originX;
        _originY = originY;
        _opaque = forceOpaque || !src.HasAlpha;
        _transform = transform is { } t && t != Transform.Identity ? t : null;
    }

    /// <summary>The pixel for destination offset (dx, dy) from the box's top-left corner, 0 where nothing is sampled.</summary>
    public uint At(int dx, int dy)
    {
        long x = (long)_originX + dx, y = (long)_originY + dy;
        if (_transform is { } t)
        {
            long vx = (x << 16) + 0x8000, vy = (y << 16) + 0x8000;
            long tx = Apply(t.T00, t.T01, t.T02, vx, vy), ty = Apply(t.T10, t.T11, t.T12, vx, vy);
            x = (tx - 1) >> 16;
            y = (ty - 1) >> 16;
        }

        if (!Wrap(ref x, _width) || !Wrap(ref y, _height))
        {
            return 0;
        }

        uint p = _data[(y * _width) + x];
        return _opaque ? p | 0xFF000000u : p;
    }

    /// <summary>One row of pixman's affine point transform: integer and fraction parts multiplied separately.</summary>
    private static long Apply(int m0, int m1, int m2, long vx, long vy)
    {
        long hi = (m0 * (vx >> 16)) + (m1 * (vy >> 16)) + m2;
        long lo = (m0 * (vx & 0xFFFF)) + (m1 * (vy & 0xFFFF));
        return hi + ((lo + 0x8000) >> 16);
    }

    private bool Wrap(ref long v, int size)
    {
        if ((ulong)v < (ulong)size)
        {
            return true;
        }

        switch (_repeat)
        {
            case RepeatNormal:
                v %= size;
                if (v < 0)
                {
                    v += size;
                }

                return true;
            case RepeatPad:
                v = Math.Clamp(v, 0, size - 1);
                return true;
            case RepeatReflect:
                v %= 2L * size;
                if (v < 0)
                {
                    v += 2L * size;
                }

                if (v >= size)
                {
                    v = (2L * size) - v - 1;
                }

                return true;
            default:
                return false;
        }
    }
}
