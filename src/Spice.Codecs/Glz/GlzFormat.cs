using System.Buffers.Binary;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

/// <summary>Constants of the GLZ stream.</summary>
internal static class GlzFormat
{
    /// <summary>magic, version, type byte, width, height, stride, 64-bit id, window head distance.</summary>
    public const int HeaderSize = 33;

    /// <summary>Pixel offsets (and biased distances) must stay below 2^25.</summary>
    public const int MaxPixelDistance = 1 << 25;

    /// <summary>Largest image distance the long-offset form can carry.</summary>
    public const int MaxImageDistance = (1 << 24) - 1;

    public const int ShortPixelDistance = 1 << 12;

    public const int MediumPixelDistance = 1 << 17;

    public static void WriteHeader(Span<byte> dst, LzImageType type, int width, int height, int stride, ulong id,
        uint windowHeadDistance)
    {
        BinaryPrimitives.WriteUInt32BigEndian(dst, LzFormat.Magic);
        BinaryPrimitives.WriteUInt32BigEndian(dst[4..], LzFormat.Version);
        dst[8] = (byte)((int)type | 0x10);
        BinaryPrimitives.WriteUInt32BigEndian(dst[9..], (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(dst[13..], (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(dst[17..], (uint)stride);
        BinaryPrimitives.WriteUInt64BigEndian(dst[21..], id);
        BinaryPrimitives.WriteUInt32BigEndian(dst[29..], windowHeadDistance);
    }
}
