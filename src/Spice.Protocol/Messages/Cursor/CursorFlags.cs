namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_CURSOR_FLAGS_*.</summary>
[Flags]
public enum CursorFlags : ushort
{
    None = 1 << 0,
    CacheMe = 1 << 1,
    FromCache = 1 << 2,
}
