using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>Writes the QUIC bit stream: bits fill 32-bit words from the most significant end, words are stored little-endian.</summary>
internal ref partial struct QuicBitWriter
{
    private readonly Span<byte> _destination;
    private int _position;
    private ulong _pending;
    private int _count;

    public QuicBitWriter(Span<byte> destination)
    {
        _destination = destination;
    }

    public readonly int BytesWritten => _position;

    /// <summary>Appends the low <paramref name="length"/> bits (1 to 32) of <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(uint bits, int length)
    {
        _pending = (_pending << length) | bits;
        _count += length;
        if (_count >= 32)
        {
            _count -= 32;
            Emit((uint)(_pending >> _count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteOnes(int count)
    {
        for (; count >= 16; count -= 16)
        {
            Write(0xFFFF, 16);
        }

        if (count > 0)
        {
            Write((1u << count) - 1, count);
        }
    }

    /// <summary>Pads the last word with zeros and appends one zero word, as the reference does, so a decoder's 32-bit look-ahead stays inside the data.</summary>
    public void Flush()
    {
        if (_count > 0)
        {
            Emit((uint)(_pending << (32 - _count)));
            _count = 0;
        }

        Emit(0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(uint word)
    {
        if (_position > _destination.Length - 4)
        {
            ThrowTooSmall();
        }

        if (!BitConverter.IsLittleEndian)
        {
            word = BinaryPrimitives.ReverseEndianness(word);
        }

        Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetReference(_destination), _position), word);
        _position += 4;
    }

    private static void ThrowTooSmall() => throw new ArgumentException("QUIC destination buffer is too small", "destination");
}
