using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>SpiceString: glyphs and the flags that say how their rows are stored.</summary>
internal sealed record GlyphString(StringFlags Flags, RasterGlyph[] Glyphs);
