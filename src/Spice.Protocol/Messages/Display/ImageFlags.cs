namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_IMAGE_FLAGS_*.</summary>
[Flags]
public enum ImageFlags : byte
{
    None = 0,
    CacheMe = 1 << 0,
    HighBitsSet = 1 << 1,
    CacheReplaceMe = 1 << 2,
}
