namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_BITMAP_FLAGS_*.</summary>
[Flags]
public enum BitmapFlags : byte
{
    None = 0,
    PalCacheMe = 1 << 0,
    PalFromCache = 1 << 1,
    TopDown = 1 << 2,
}
