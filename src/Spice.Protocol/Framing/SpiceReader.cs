using System.Buffers.Binary;

namespace Spice.Protocol.Framing;

/// <summary>
/// Bounds-checked little-endian cursor over one message body. Positions are offsets from the
/// body start, which is also what SPICE pointer fields are relative to. Every read past the end
/// throws <see cref="SpiceProtocolException"/>.
/// </summary>
public ref struct SpiceReader
{
    private readonly ReadOnlySpan<byte> _span;
    private readonly ReadOnlyMemory<byte> _memory;
    private readonly bool _hasMemory;
    private int _position;

    public SpiceReader(ReadOnlySpan<byte> body)
    {
        _span = body;
        _memory = default;
        _hasMemory = false;
        _position = 0;
    }

    /// <summary>A reader whose <see cref="ReadMemory"/> slices <paramref name="body"/> instead of copying.</summary>
    public SpiceReader(ReadOnlyMemory<byte> body)
    {
        _span = body.Span;
        _memory = body;
        _hasMemory = true;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly int Length => _span.Length;

    public readonly int Remaining => _span.Length - _position;

    /// <summary>The whole body this reader walks.</summary>
    public readonly ReadOnlySpan<byte> Body => _span;

    public void Seek(int position)
    {
        if ((uint)position > (uint)_span.Length)
        {
            throw new SpiceProtocolException($"offset {position} outside a {_span.Length}-byte message");
        }

        _position = position;
    }

    /// <summary>A reader over the same body positioned at a pointer field's offset.</summary>
    public readonly SpiceReader At(uint offset)
    {
        if (offset > (uint)_span.Length)
        {
            throw new SpiceProtocolException($"pointer offset {offset} outside a {_span.Length}-byte message");
        }

        var copy = this;
        copy._position = (int)offset;
        return copy;
    }

    public void Skip(int count) => Take(count);

    public byte ReadByte() => Take(1)[0];

    public sbyte ReadSByte() => (sbyte)Take(1)[0];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    /// <summary>Reads <paramref name="count"/> bytes given as an unsigned wire length.</summary>
    public ReadOnlySpan<byte> ReadBytes(ulong count) => Take(CheckLength(count, 1));

    /// <summary>A slice of the body (no copy) when built over memory; a bounded copy otherwise.</summary>
    public ReadOnlyMemory<byte> ReadMemory(ulong count)
    {
        var start = _position;
        var bytes = Take(CheckLength(count, 1));
        return _hasMemory ? _memory.Slice(start, bytes.Length) : bytes.ToArray();
    }

    /// <summary>Everything from the position to the end of the body (the @end / data[] fields).</summary>
    public ReadOnlyMemory<byte> ReadRemainingMemory() => ReadMemory((ulong)Remaining);

    /// <summary>
    /// Validates an element count read from the wire against the bytes left, so a hostile count
    /// can never drive an allocation larger than the message itself.
    /// </summary>
    public readonly int CheckCount(ulong count, int elementSize)
    {
        CheckLength(count, elementSize);
        return (int)count;
    }

    private readonly int CheckLength(ulong count, int elementSize)
    {
        var remaining = (ulong)Remaining;
        if (count > remaining || count * (ulong)elementSize > remaining)
        {
            throw new SpiceProtocolException($"{count} elements of {elementSize} bytes at offset {_position} overrun a {_span.Length}-byte message");
        }

        return (int)(count * (ulong)elementSize);
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _span.Length - _position)
        {
            throw new SpiceProtocolException($"need {count} bytes at offset {_position} of a {_span.Length}-byte message");
        }

        var slice = _span.Slice(_position, count);
        _position += count;
        return slice;
    }
}
