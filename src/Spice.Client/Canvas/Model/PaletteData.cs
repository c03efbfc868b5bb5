namespace Spice.Client.Canvas.Model;

/// <summary>SpicePalette: unique id and 0x00RRGGBB entries.</summary>
internal sealed record PaletteData(ulong Unique, uint[] Entries);
