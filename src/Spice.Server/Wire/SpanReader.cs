using System.Buffers.Binary;
using Spice.Protocol;

namespace Spice.Server.Wire;

/// <summary>Little-endian cursor over a received message body; running short is a protocol error.</summary>
internal ref struct SpanReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public SpanReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    public byte Byte() => Take(1)[0];

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public ReadOnlySpan<byte> Rest() => Take(Remaining);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (Remaining < count)
        {
            throw new SpiceProtocolException($"message body ends {count - Remaining} bytes early");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
