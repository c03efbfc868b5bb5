using Spice.Client.Canvas.Model;
using LineFlags = Spice.Protocol.Messages.Display.LineFlags;

namespace Spice.Client.Canvas;

/// <summary>
/// An on/off dash list as spice-common builds it from a line style: each 28.4 length rounded to whole pixels
/// and kept in a byte; START_WITH_GAP rotates the list left by one and starts inside it by its new first length.
/// </summary>
internal struct DashPattern
{
    private readonly int[] _dash;
    private readonly int _total;
    private int _index;
    private int _offset;

    public DashPattern(int[] dash)
    {
        _dash = dash;
        _total = dash.Sum();
        _index = 0;
        _offset = 0;
    }

    /// <summary>True when there is nothing to step through (all lengths zero): the line is drawn solid.</summary>
    public readonly bool IsSolid => _total == 0;

    /// <summary>Whether the current pixel is in an "on" dash.</summary>
    public readonly bool On => IsSolid || (_index & 1) == 0;

    /// <summary>Dash lengths in pixels, with the START_WITH_GAP rotation applied; the first entry of the result is the start offset.</summary>
    public static int[] FromStyle(LineAttr attr)
    {
        var style = attr.Style;
        var dash = new int[style.Length + 1];
        if (style.Length == 0)
        {
            return dash;
        }

        if ((attr.Flags & LineFlags.StartWithGap) != 0)
        {
            dash[style.Length] = (byte)FixedPoint.ToInt(style[0]);
            for (int i = 0; i < style.Length - 1; i++)
            {
                dash[i + 1] = (byte)FixedPoint.ToInt(style[i + 1]);
            }

            dash[0] = dash[1];
        }
        else
        {
            for (int i = 0; i < style.Length; i++)
            {
                dash[i + 1] = (byte)FixedPoint.ToInt(style[i]);
            }
        }

        return dash;
    }

    /// <summary>A fresh state for one polyline: <paramref name="spec"/> is offset then lengths, as <see cref="FromStyle"/> makes.</summary>
    public static DashPattern Start(int[] spec)
    {
        var p = new DashPattern(spec[1..]);
        if (!p.IsSolid)
        {
            p.Advance(spec[0]);
        }

        return p;
    }

    /// <summary>Moves <paramref name="distance"/> pixels along the dash list (X's miStepDash).</summary>
    public void Advance(long distance)
    {
        if (IsSolid || distance <= 0)
        {
            return;
        }

        if (distance < _dash[_index] - _offset)
        {
            _offset += (int)distance;
            return;
        }

        distance -= _dash[_index] - _offset;
        _index = (_index + 1) % _dash.Length;
        if (distance >= _total)
        {
            distance %= _total;
        }

        while (distance >= _dash[_index])
        {
            distance -= _dash[_index];
            _index = (_index + 1) % _dash.Length;
        }

        _offset = (int)distance;
    }
}
