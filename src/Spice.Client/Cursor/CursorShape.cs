using Spice.Protocol.Messages.Cursor;

namespace Spice.Client.Cursor;

/// <summary>A decoded cursor image: straight BGRA bytes, row after row, Width * 4 bytes each.</summary>
public sealed record CursorShape(ulong Unique, CursorType Type, int Width, int Height, int HotSpotX, int HotSpotY, byte[] Bgra);
