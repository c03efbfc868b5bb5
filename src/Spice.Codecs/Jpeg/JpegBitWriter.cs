using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// The entropy-coded segment's bit stream, written straight into the caller's <see cref="IBufferWriter{T}"/>:
/// codes gather MSB-first in a 64-bit accumulator and leave 32 bits at a time; a 0xFF byte is followed by a
/// stuffed 0x00 (T.81 F.1.2.3) so it cannot read as a marker. The caller reserves room with
/// <see cref="Reserve"/> before each burst of codes; writes inside a reservation are not bounds-checked.
/// </summary>
internal ref struct JpegBitWriter
{
    private readonly IBufferWriter<byte> _output;
    private ref byte _dest;
    private int _capacity;
    private int _position;
    private ulong _bits;
    private int _count;

    public JpegBitWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _dest = ref Unsafe.NullRef<byte>();
    }

    /// <summary>Bytes handed to the output so far.</summary>
    public int Committed { get; private set; }

    /// <summary>Makes sure <paramref name="bytes"/> more bytes can be written, moving to a new output span if needed.</summary>
    public void Reserve(int bytes)
    {
        if (_capacity - _position >= bytes)
        {
            return;
        }

        Commit();
        var span = _output.GetSpan(Math.Max(bytes, 64 * 1024));
        _dest = ref MemoryMarshal.GetReference(span);
        _capacity = span.Length;
    }

    /// <summary>Appends the low <paramref name="length"/> (at most 27) bits of <paramref name="code"/>, high bit first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(uint code, int length)
    {
        _bits = (_bits << length) | code;
        _count += length;
        if (_count >= 32)
        {
            Emit32();
        }
    }

    /// <summary>Pads the last byte with 1 bits (T.81 F.1.2.3) and writes out what is left.</summary>
    public void Flush()
    {
        int pad = (8 - (_count & 7)) & 7;
        Write((1u << pad) - 1, pad);
        while (_count >= 8)
        {
            _count -= 8;
            EmitByte((byte)(_bits >> _count));
        }
    }

    /// <summary>Hands everything written so far to the output.</summary>
    public void Commit()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
            Committed += _position;
        }

        _position = 0;
        _capacity = 0;
        _dest = ref Unsafe.NullRef<byte>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Emit32()
    {
        _count -= 32;
        uint word = (uint)(_bits >> _count);

        // A byte of word is 0xFF exactly when the same byte of ~word is zero.
        if (((~word - 0x01010101u) & word & 0x80808080u) == 0)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref _dest, _position), BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word);
            _position += 4;
            return;
        }

        EmitByte((byte)(word >> 24));
        EmitByte((byte)(word >> 16));
        EmitByte((byte)(word >> 8));
        EmitByte((byte)word);
    }

    private void EmitByte(byte value)
    {
        Unsafe.Add(ref _dest, _position++) = value;
        if (value == 0xFF)
        {
            Unsafe.Add(ref _dest, _position++) = 0;
        }
    }
}
