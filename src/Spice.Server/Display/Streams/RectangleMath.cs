using System.Drawing;

namespace Spice.Server.Display.Streams;

internal static class RectangleMath
{
    /// <summary>Adds to <paramref name="into"/> the parts of <paramref name="a"/> outside <paramref name="b"/>: at most four bands.</summary>
    public static void Subtract(Rectangle a, Rectangle b, List<Rectangle> into)
    {
        var cut = Rectangle.Intersect(a, b);
        if (cut.IsEmpty)
        {
            into.Add(a);
            return;
        }

        AddIfAny(into, Rectangle.FromLTRB(a.Left, a.Top, a.Right, cut.Top));
        AddIfAny(into, Rectangle.FromLTRB(a.Left, cut.Top, cut.Left, cut.Bottom));
        AddIfAny(into, Rectangle.FromLTRB(cut.Right, cut.Top, a.Right, cut.Bottom));
        AddIfAny(into, Rectangle.FromLTRB(a.Left, cut.Bottom, a.Right, a.Bottom));
    }

    private static void AddIfAny(List<Rectangle> into, Rectangle r)
    {
        if (r.Width > 0 && r.Height > 0)
        {
            into.Add(r);
        }
    }
}
