using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spice.Codecs.Quic;

/// <summary>
/// Reads the QUIC bit stream: 32-bit little-endian words, each consumed from its most significant bit.
/// Past the end it feeds zeros so the hot path needs no checks; callers test <see cref="OverrunBits"/>
/// once per row to reject truncated streams.
/// </summary>
internal ref partial struct QuicBitReader
{
    // Four scalar fields so the JIT can keep a local copy entirely in registers.
    private ref byte _cursor;
    private int _wordsLeft;
    private ulong _window;
    private int _count;

    public QuicBitReader(ReadOnlySpan<byte> data, int start)
    {
        ReadOnlySpan<byte> body = data[start..];
        _cursor = ref MemoryMarshal.GetReference(body);
        _wordsLeft = body.Length / 4;
        Refill();
        Refill();
    }

    /// <summary>The next 32 bits, first bit in the most significant position.</summary>
    public readonly uint Peek
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (uint)(_window >> 32);
    }

    /// <summary>How far decoding has read past the last whole word of the data, in bits (negative while inside).</summary>
    public readonly long OverrunBits => (-(long)_wordsLeft * 32) - _count;

    /// <summary>Drops 0 to 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Skip(int bits)
    {
        _window <<= bits;
        _count -= bits;
        if (_count < 32)
        {
            Refill();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Refill()
    {
        uint word = 0;
        if (_wordsLeft > 0)
        {
            word = Unsafe.ReadUnaligned<uint>(ref _cursor);
            if (!BitConverter.IsLittleEndian)
            {
                word = BinaryPrimitives.ReverseEndianness(word);
            }

            _cursor = ref Unsafe.Add(ref _cursor, 4);
        }

        _wordsLeft--;
        _window |= (ulong)word << (32 - _count);
        _count += 32;
    }

    /// <summary>
    /// Reads one codeword of the code packed in <paramref name="packed"/> (see <see cref="QuicFamily.Packed"/>);
    /// the value is reduced to a byte as the reference does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadCode(ushort packed, QuicFamily family)
    {
        uint bits = Peek;
        int zeros = BitOperations.LeadingZeroCount(bits);
        int l = packed & 0xFF;
        uint value;
        int length;
        if (zeros < (packed >> 8))
        {
            // zeros, a one, then l low bits: the top `length` bits are (1 << l) | low, and the value is (zeros << l) | low.
            length = zeros + 1 + l;
            value = (bits >> (32 - length)) + (uint)((zeros - 1) << l);
        }
        else
        {
            ref QuicCodeParams code = ref family.CodeRef(l);
            length = code.EscapeLength;
            value = code.GrCount + ((bits >> (32 - length)) & code.SuffixMask);
        }

        Skip(length);
        return (byte)value;
    }

    /// <summary>Reads a melcode run length, bounded by <paramref name="limit"/> pixels left in the segment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadRun(QuicRunState state, int limit)
    {
        int run = 0;
        while (true)
        {
            int ones = BitOperations.LeadingZeroCount(~Peek);
            int hits = Math.Min(ones, 8);
            for (int h = 0; h < hits; h++)
            {
                run += state.MelcOrder;
                state.MelcUp();
            }

            if (run > limit)
            {
                throw new CodecException("QUIC run passes the end of the row");
            }

            if (hits < 8)
            {
                Skip(hits + 1);
                break;
            }

            Skip(8);
        }

        if (state.MelcLength > 0)
        {
            run += (int)(Peek >> (32 - state.MelcLength));
            Skip(state.MelcLength);
        }

        state.MelcDown();
        if (run > limit)
        {
            throw new CodecException("QUIC run passes the end of the row");
        }

        return run;
    }
}
