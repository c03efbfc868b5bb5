using System.Buffers;
using System.Buffers.Binary;

namespace Spice.Protocol.Framing;

/// <summary>
/// Little-endian writer over a growable pooled buffer. Pointer fields are written as a zero
/// placeholder and queued; <see cref="FlushPointers"/> appends the pointed-to structures in the
/// order their pointers were written (breadth first, as spice-common's marshaller does) and
/// patches each placeholder with the offset from <see cref="BodyStart"/>.
/// </summary>
public sealed partial class SpiceWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _position;
    private readonly Queue<PendingPointer> _pending = new();

    public SpiceWriter(int initialCapacity = 256)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));
    }

    /// <summary>Bytes written so far, including any header before <see cref="BodyStart"/>.</summary>
    public int Position => _position;

    /// <summary>Where the current message body begins; pointer offsets are relative to it.</summary>
    public int BodyStart { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    /// <summary>Marks the current position as the start of a message body.</summary>
    public void StartBody() => BodyStart = _position;

    /// <summary>The size of the buffer now held.</summary>
    public int Capacity => _buffer.Length;

    public void Reset()
    {
        _position = 0;
        BodyStart = 0;
        _pending.Clear();
    }

    /// <summary>
    /// Empties the writer and, when one large message grew its buffer past
    /// <paramref name="maxRetainedCapacity"/>, gives that buffer back to the pool for a small one,
    /// so a writer reused for many messages does not hold its largest size forever.
    /// </summary>
    public void Reset(int maxRetainedCapacity)
    {
        Reset();
        if (_buffer.Length > maxRetainedCapacity)
        {
            var large = _buffer;
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, Math.Min(maxRetainedCapacity, 4096)));
            ArrayPool<byte>.Shared.Return(large);
        }
    }

    /// <summary>
    /// Drops everything written from <paramref name="position"/> on (a sender abandoning a message
    /// or an image it could not finish). No pointer may be pending inside the dropped part.
    /// </summary>
    public void Rewind(int position)
    {
        if ((uint)position > (uint)_position)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        foreach (var pending in _pending)
        {
            if (pending.Slot >= position)
            {
                throw new InvalidOperationException("a pointer written after the rewind position is still pending");
            }
        }

        _position = position;
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void WriteByte(byte value) => Grow(1)[0] = value;

    public void WriteSByte(sbyte value) => Grow(1)[0] = (byte)value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Grow(2), value);

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Grow(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Grow(4), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Grow(4), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Grow(8), value);

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    /// <summary>Reserves <paramref name="count"/> zeroed bytes and returns their absolute position for patching.</summary>
    public int Reserve(int count)
    {
        var at = _position;
        Grow(count).Clear();
        return at;
    }

    public void PatchUInt32(int position, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    /// <summary>Already written bytes, for patching in place.</summary>
    public Span<byte> PatchSpan(int position, int count) => _buffer.AsSpan(0, _position).Slice(position, count);

    public void PatchUInt16(int position, ushort value) =>
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(position, 2), value);

    /// <summary>The current position as a pointer value (offset from the body start).</summary>
    public uint OffsetHere => checked((uint)(_position - BodyStart));

    public void Advance(int count)
    {
        if (count < 0 || _position + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _position += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_position);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_position);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _position = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Span<byte> Grow(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _position >= count)
        {
            return;
        }

        var needed = (long)_position + count;
        if (needed > Array.MaxLength)
        {
            throw new SpiceProtocolException($"message of {needed} bytes is too large to write");
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_buffer.Length * 2));
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _position).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
