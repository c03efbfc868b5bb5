using System.Buffers.Binary;

namespace Spice.Codecs.Lz;

/// <summary>Constants and header helpers shared by LZ and GLZ.</summary>
internal static class LzFormat
{
    /// <summary>LZ_MAGIC of lz_common.h (0x20205a4c), written big-endian: the bytes "  ZL".</summary>
    public const uint Magic = 0x20205A4C;

    public const uint Version = 0x00010001;

    /// <summary>Control bytes below this start a run of (value + 1) literals.</summary>
    public const int MaxCopy = 32;

    /// <summary>Largest biased distance that fits the short (13-bit) form of an LZ match.</summary>
    public const int MaxNearDistance = 8191;

    /// <summary>Largest distance (unbiased, in units) an LZ match can express.</summary>
    public const int MaxFarDistance = MaxNearDistance + 65535 + 1;

    public const int LzHeaderSize = 28;

    public static bool IsPalette(LzImageType type) => type is >= LzImageType.Plt1Le and <= LzImageType.Plt8;

    public static int PixelsPerByte(LzImageType type) => type switch
    {
        LzImageType.Plt1Le or LzImageType.Plt1Be => 8,
        LzImageType.Plt4Le or LzImageType.Plt4Be => 2,
        _ => 1,
    };

    public static int BytesPerPixel(LzImageType type) => type switch
    {
        LzImageType.Rgb16 => 2,
        LzImageType.Rgb24 => 3,
        LzImageType.Rgb32 or LzImageType.Rgba or LzImageType.Xxxa => 4,
        _ => 1,
    };

    /// <summary>Checks the magic and version that open both formats; <paramref name="format"/> names the format in errors.</summary>
    public static void CheckMagicAndVersion(ReadOnlySpan<byte> data, string format)
    {
        if (ReadBe32(data, 0) != Magic)
        {
            throw new CodecException($"{format} magic is missing");
        }

        uint version = ReadBe32(data, 4);
        if (version != Version)
        {
            throw new CodecException($"{format} version 0x{version:x8} is not supported");
        }
    }

    public static uint ReadBe32(ReadOnlySpan<byte> data, int offset)
    {
        if (data.Length - offset < 4)
        {
            throw new CodecException("LZ header is truncated");
        }

        return BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
    }

    /// <summary>Checks sizes and stride the way spice-common does, then against <see cref="PixelLimits"/>.</summary>
    public static void ValidateGeometry(LzImageType type, uint width, uint height, uint stride)
    {
        PixelLimits.Check(width, height);
        if (IsPalette(type))
        {
            long ppb = PixelsPerByte(type);
            long minStride = (width + ppb - 1) / ppb;
            if (stride < minStride || stride > minStride + (width % ppb == 0 ? 0 : 1) || stride > int.MaxValue / ppb)
            {
                throw new CodecException($"LZ palette stride {stride} does not fit width {width}");
            }

            PixelLimits.Check(stride * ppb, height);
        }
        else if (stride != (long)width * BytesPerPixel(type))
        {
            throw new CodecException($"LZ stride {stride} != width {width} * bytes per pixel");
        }
    }

    public static void CheckDestination(int width, int height, int destinationLength, int destinationStride)
    {
        if (destinationStride < width * 4L || (long)destinationStride * (height - 1) + width * 4L > destinationLength)
        {
            throw new ArgumentException("destination is too small for the image", nameof(destinationLength));
        }
    }
}
