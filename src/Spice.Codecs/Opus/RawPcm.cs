using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Opus;

/// <summary>Raw mode: interleaved S16 samples as little-endian bytes on the wire, nothing else.</summary>
public static class RawPcm
{
    /// <summary>Writes <paramref name="samples"/> as S16LE; returns the bytes written.</summary>
    public static int Write(ReadOnlySpan<short> samples, Span<byte> destination)
    {
        var bytes = samples.Length * sizeof(short);
        if (destination.Length < bytes)
        {
            throw new ArgumentException($"{bytes} bytes needed, {destination.Length} given", nameof(destination));
        }

        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(samples).CopyTo(destination);
            return bytes;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(destination[(i * 2)..], samples[i]);
        }

        return bytes;
    }

    /// <summary>Reads S16LE bytes into samples; a trailing odd byte is ignored. Returns the samples read.</summary>
    public static int Read(ReadOnlySpan<byte> source, Span<short> destination)
    {
        var count = source.Length / sizeof(short);
        if (destination.Length < count)
        {
            throw new ArgumentException($"{count} samples needed, {destination.Length} given", nameof(destination));
        }

        if (BitConverter.IsLittleEndian)
        {
            source[..(count * 2)].CopyTo(MemoryMarshal.AsBytes(destination));
            return count;
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16LittleEndian(source[(i * 2)..]);
        }

        return count;
    }
}
