using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

public static partial class GlzEncoder
{
    private const int AlphaHashBits = 16;

    /// <summary>
    /// One greedy pass. The hash table maps three pixels to their latest position in any image of the window
    /// (or only this image when <paramref name="dictionary"/> is null, as for the alpha pass); a candidate is
    /// taken when the match saves more than it costs to encode.
    /// </summary>
    private static int Compress<TMode>(uint[] pixels, Span<byte> dst, int o, long[] table,
        GlzEncoderDictionary? dictionary, ulong id, TMode mode)
        where TMode : struct, IEncodeMode
    {
        int n = pixels.Length;
        uint mask = mode.Mask;
        int bits = dictionary != null ? GlzEncoderDictionary.HashBits : AlphaHashBits;
        long self = (long)id << GlzEncoderDictionary.IndexBits;
        const long IndexMask = (1L << GlzEncoderDictionary.IndexBits) - 1;
        ulong oldest = dictionary?.OldestId ?? id;
        ref uint p0 = ref MemoryMarshal.GetArrayDataReference(pixels);
        ref long t0 = ref MemoryMarshal.GetArrayDataReference(table);
        ulong cachedId = ulong.MaxValue;
        uint[]? cached = null;
        uint[]? follow = null;
        ulong followId = id;
        long followDelta = 0;
        int ip = 0;
        int literalStart = 0;
        while (ip + 3 <= n)
        {
            ref long slot = ref Unsafe.Add(ref t0, (int)mode.Hash(ref Unsafe.Add(ref p0, ip), bits));
            long entry = slot - 1;
            slot = self + ip + 1;
            if (entry >= 0 || follow != null)
            {
                ulong candidateId = (ulong)entry >> GlzEncoderDictionary.IndexBits;
                int index = (int)(entry & IndexMask);
                int len = 0;
                uint imageDistance = 0;
                int pixelDistance = 0;
                if (candidateId == id)
                {
                    if (index < ip && ip - index <= GlzFormat.MaxPixelDistance
                        && ((Unsafe.Add(ref p0, index) ^ Unsafe.Add(ref p0, ip)) & mask) == 0)
                    {
                        len = LzEncoder.MatchLength(ref p0, index, ip, n - ip, mask);
                        pixelDistance = ip - index - 1;
                    }
                }
                else if (dictionary != null && candidateId >= oldest && candidateId < id
                    && id - candidateId <= GlzFormat.MaxImageDistance && index < GlzFormat.MaxPixelDistance)
                {
                    if (candidateId != cachedId)
                    {
                        cached = dictionary.Get(candidateId);
                        cachedId = candidateId;
                    }

                    if (cached != null && index < cached.Length && ((cached[index] ^ Unsafe.Add(ref p0, ip)) & mask) == 0)
                    {
                        len = CrossMatchLength(cached, index, pixels, ip, mask);
                        imageDistance = (uint)(id - candidateId);
                        pixelDistance = index;
                    }
                }

                if (follow != null && (ulong)followId != id)
                {
                    // Scrolled or repeated content keeps the same displacement into the referenced image, and
                    // that continuation usually beats whatever this image's own hash slot offers.
                    long at = ip + followDelta;
                    if (at >= 0 && at < follow.Length && ((follow[at] ^ Unsafe.Add(ref p0, ip)) & mask) == 0)
                    {
                        int followLen = CrossMatchLength(follow, (int)at, pixels, ip, mask);
                        if (followLen > len)
                        {
                            len = followLen;
                            imageDistance = (uint)(id - followId);
                            pixelDistance = (int)at;
                        }
                    }
                }

                if (len >= 3 && len * mode.LiteralBytes > ReferenceSize(imageDistance, pixelDistance))
                {
                    o = LzEncoder.Literals(pixels, literalStart, ip, dst, o, mode);
                    o = WriteMatch(dst, o, len - mode.LengthBias, imageDistance, pixelDistance);
                    if (imageDistance != 0)
                    {
                        followId = id - imageDistance;
                        follow = dictionary!.Get(followId);
                        followDelta = pixelDistance - (long)ip;
                    }

                    ip += len;
                    literalStart = ip;
                    for (int k = ip - 2; k < ip && k + 3 <= n; k++)
                    {
                        Unsafe.Add(ref t0, (int)mode.Hash(ref Unsafe.Add(ref p0, k), bits)) = self + k + 1;
                    }

                    continue;
                }
            }

            ip++;
        }

        return LzEncoder.Literals(pixels, literalStart, n, dst, o, mode);
    }

    private static int CrossMatchLength(uint[] reference, int from, uint[] pixels, int at, uint mask)
    {
        int max = Math.Min(reference.Length - from, pixels.Length - at);
        int len = 1;
        while (len < max && ((reference[from + len] ^ pixels[at + len]) & mask) == 0)
        {
            len++;
        }

        return len;
    }

    /// <summary>Bytes a match takes besides its length extension bytes, plus the control byte it may cost.</summary>
    private static int ReferenceSize(uint imageDistance, int pixelDistance)
    {
        int size;
        if (pixelDistance < GlzFormat.ShortPixelDistance)
        {
            size = imageDistance < (1 << 6) ? 3 : imageDistance < (1 << 14) ? 4 : imageDistance < (1 << 22) ? 5 : 6;
        }
        else
        {
            size = imageDistance == 0 ? 3 : imageDistance < (1 << 8) ? 4 : imageDistance < (1 << 16) ? 5 : 6;
            if (pixelDistance >= GlzFormat.MediumPixelDistance)
            {
                size++;
            }
        }

        return size + 1;
    }

    /// <summary>
    /// Writes a GLZ match. <paramref name="field"/> is the length minus the type's bias; the pixel distance is
    /// biased by one inside this image and an offset from the image start otherwise.
    /// </summary>
    private static int WriteMatch(Span<byte> dst, int o, int field, uint imageDistance, int pixelDistance)
    {
        bool isShort = pixelDistance < GlzFormat.ShortPixelDistance;
        int lengthBits = Math.Min(field, 7) << 5;
        dst[o++] = (byte)(lengthBits | (isShort ? 0 : 0x10) | (pixelDistance & 0x0F));
        if (field >= 7)
        {
            int rest = field - 7;
            for (; rest >= 255; rest -= 255)
            {
                dst[o++] = 255;
            }

            dst[o++] = (byte)rest;
        }

        dst[o++] = (byte)(pixelDistance >> 4);
        if (isShort)
        {
            int extra = imageDistance < (1 << 6) ? 0 : imageDistance < (1 << 14) ? 1 : imageDistance < (1 << 22) ? 2 : 3;
            dst[o++] = (byte)((extra << 6) | (int)(imageDistance & 0x3F));
            for (int i = 0; i < extra; i++)
            {
                dst[o++] = (byte)(imageDistance >> (6 + (8 * i)));
            }
        }
        else
        {
            bool isLong = pixelDistance >= GlzFormat.MediumPixelDistance;
            int extra = imageDistance == 0 ? 0 : imageDistance < (1 << 8) ? 1 : imageDistance < (1 << 16) ? 2 : 3;
            dst[o++] = (byte)((extra << 6) | (isLong ? 0x20 : 0) | ((pixelDistance >> 12) & 0x1F));
            for (int i = 0; i < extra; i++)
            {
                dst[o++] = (byte)(imageDistance >> (8 * i));
            }

            if (isLong)
            {
                dst[o++] = (byte)(pixelDistance >> 17);
            }
        }

        return o;
    }
}
