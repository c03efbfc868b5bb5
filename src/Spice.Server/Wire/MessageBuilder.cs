using System.Buffers;
using System.Buffers.Binary;

namespace Spice.Server.Wire;

/// <summary>
/// Lays out a batch of outgoing messages of one channel in one pooled buffer: each message is
/// a data header (full or mini, chosen at link time) and a body whose pointer fields are offsets
/// from the start of that body. One builder per channel connection, reused for every batch.
/// </summary>
internal sealed class MessageBuilder : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _position;
    private int _headerAt = -1;
    private ulong _serial;

    public MessageBuilder(bool miniHeader)
    {
        MiniHeader = miniHeader;
    }

    public bool MiniHeader { get; set; }

    public int Length => _position;

    public int MessageCount { get; private set; }

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _position);

    /// <summary>Where the body of the open message begins; pointers are relative to it.</summary>
    public int BodyStart { get; private set; }

    public uint OffsetHere => (uint)(_position - BodyStart);

    public void Reset()
    {
        _position = 0;
        _headerAt = -1;
        MessageCount = 0;
        if (_buffer.Length > 1 << 20)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(4096);
        }
    }

    public void Begin(ushort type)
    {
        if (_headerAt >= 0)
        {
            throw new InvalidOperationException("previous message not ended");
        }

        _headerAt = _position;
        var size = MiniHeader ? 6 : 18;
        var header = Grow(size);
        header.Clear();
        if (MiniHeader)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header, type);
        }
        else
        {
            BinaryPrimitives.WriteUInt64LittleEndian(header, ++_serial);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], type);
        }

        BodyStart = _position;
    }

    public void End()
    {
        var size = (uint)(_position - BodyStart);
        var sizeAt = _headerAt + (MiniHeader ? 2 : 10);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(sizeAt, 4), size);
        _headerAt = -1;
        MessageCount++;
    }

    /// <summary>Drops the open message, as if it had never begun.</summary>
    public void Abandon()
    {
        if (_headerAt >= 0)
        {
            _position = _headerAt;
            _headerAt = -1;
            if (!MiniHeader)
            {
                _serial--;
            }
        }
    }

    public void WriteByte(byte value) => Grow(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Grow(2), value);

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Grow(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Grow(4), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Grow(4), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), value);

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    /// <summary>Reserves a uint32 (a pointer or a size) to patch later; returns its position.</summary>
    public int ReserveUInt32()
    {
        var at = _position;
        Grow(4).Clear();
        return at;
    }

    public void PatchUInt32(int position, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return _buffer.AsSpan(_position);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return _buffer.AsMemory(_position);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_position + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _position += count;
    }

    public Span<byte> Grow(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
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

    private void Ensure(int count)
    {
        if (_buffer.Length - _position >= count)
        {
            return;
        }

        var needed = (long)_position + count;
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"a batch of {needed} bytes is too large");
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(needed, _buffer.Length * 2L)));
        _buffer.AsSpan(0, _position).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
