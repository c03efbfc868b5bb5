using System.Buffers.Binary;
using System.Numerics;

namespace Spice.Server.Display;

/// <summary>A 64-bit content hash of a tile's pixels: the image id it is cached under.</summary>
internal static class TileHasher
{
    private const ulong Prime1 = 0x9E3779B185EBCA87;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4F;

    public static ulong Hash(ReadOnlySpan<byte> pixels, int width, int height, int stride)
    {
        var hash = Prime2 ^ ((ulong)width << 32) ^ (ulong)height;
        var rowBytes = width * 4;
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * stride, rowBytes);
            var i = 0;
            for (; i + 8 <= row.Length; i += 8)
            {
                hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(row[i..]));
            }

            for (; i < row.Length; i++)
            {
                hash = Mix(hash, row[i]);
            }
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        return hash == 0 ? 1 : hash;
    }

    private static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft(hash ^ (value * Prime1), 31) * Prime2;
}
