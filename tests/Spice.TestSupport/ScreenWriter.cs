using System.Drawing;

namespace Spice.TestSupport;

/// <summary>Writes B,G,R,A rows, <paramref name="stride"/> bytes apart, into <paramref name="area"/> of a screen (e.g. SpiceDisplay.Write).</summary>
public delegate void ScreenWriter(ReadOnlySpan<byte> pixels, int stride, Rectangle area);
