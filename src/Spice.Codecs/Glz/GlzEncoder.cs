using System.Buffers;
using Spice.Codecs.Lz;

namespace Spice.Codecs.Glz;

/// <summary>
/// Encoder of the GLZ format for 32-bit images (RGB32, RGBA): LZ matches inside the image and into the
/// earlier images of a <see cref="GlzEncoderDictionary"/>. The client's <see cref="GlzDecoderWindow"/> must
/// see the streams in the order they were encoded.
/// </summary>
public static partial class GlzEncoder
{
    /// <summary>Encodes B,G,R,A rows (top row first); the image then joins <paramref name="dictionary"/>.</summary>
    /// <returns>Number of bytes written to <paramref name="output"/>.</returns>
    public static int Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride, LzImageType type,
        GlzEncoderDictionary dictionary, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(output);
        if (type is not (LzImageType.Rgb32 or LzImageType.Rgba))
        {
            throw new ArgumentException($"GLZ encoding of {type} is not supported", nameof(type));
        }

        LzEncoder.CheckSource(bgra, width, height, stride);
        int count = width * height;
        ObjectDisposedException.ThrowIf(dictionary.Table.Length == 0, dictionary);
        uint[] pixels = dictionary.RentImage(count);
        uint[]? rented = null;
        try
        {
            LzEncoder.Contiguous(bgra, width, height, stride, ref rented).CopyTo(pixels);
        }
        finally
        {
            if (rented != null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }

        int bound = GlzFormat.HeaderSize + LzEncoder.WorstCase(count, 3)
            + (type == LzImageType.Rgba ? LzEncoder.WorstCase(count, 1) : 0);
        Span<byte> dst = output.GetSpan(bound);
        int o;
        lock (dictionary.Sync)
        {
            ulong id = dictionary.Admit(pixels);
            GlzFormat.WriteHeader(dst, type, width, height, width * 4, id, (uint)(id - dictionary.OldestId));
            o = Compress(pixels, dst, GlzFormat.HeaderSize, dictionary.Table, dictionary, id, default(RgbEncodeMode));
        }

        if (type == LzImageType.Rgba)
        {
            long[] table = ArrayPool<long>.Shared.Rent(1 << AlphaHashBits);
            try
            {
                Array.Clear(table, 0, 1 << AlphaHashBits);
                o = Compress(pixels, dst, o, table, null, 0, default(AlphaEncodeMode));
            }
            finally
            {
                ArrayPool<long>.Shared.Return(table);
            }
        }

        output.Advance(o);
        return o;
    }
}
