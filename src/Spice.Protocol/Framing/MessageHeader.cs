using System.Buffers.Binary;

namespace Spice.Protocol.Framing;

/// <summary>
/// A data message header: full SpiceDataHeader (serial u64, type u16, size u32, sub_list u32 = 18 bytes)
/// or SpiceMiniDataHeader (type u16, size u32 = 6 bytes) once both sides have CommonCapability.MiniHeader.
/// </summary>
public readonly record struct MessageHeader(ulong Serial, ushort Type, uint Size, uint SubList)
{
    public const int FullSize = 18;
    public const int MiniSize = 6;

    public static int SizeOf(bool mini) => mini ? MiniSize : FullSize;

    public static MessageHeader Read(ReadOnlySpan<byte> source, bool mini)
    {
        if (source.Length < SizeOf(mini))
        {
            throw new SpiceProtocolException($"message header needs {SizeOf(mini)} bytes, got {source.Length}");
        }

        return mini
            ? new MessageHeader(0, BinaryPrimitives.ReadUInt16LittleEndian(source), BinaryPrimitives.ReadUInt32LittleEndian(source[2..]), 0)
            : new MessageHeader(
                BinaryPrimitives.ReadUInt64LittleEndian(source),
                BinaryPrimitives.ReadUInt16LittleEndian(source[8..]),
                BinaryPrimitives.ReadUInt32LittleEndian(source[10..]),
                BinaryPrimitives.ReadUInt32LittleEndian(source[14..]));
    }

    public void Write(Span<byte> destination, bool mini)
    {
        if (destination.Length < SizeOf(mini))
        {
            throw new ArgumentException("destination too small for a message header", nameof(destination));
        }

        if (mini)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination, Type);
            BinaryPrimitives.WriteUInt32LittleEndian(destination[2..], Size);
            return;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, Serial);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[8..], Type);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[10..], Size);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[14..], SubList);
    }
}
