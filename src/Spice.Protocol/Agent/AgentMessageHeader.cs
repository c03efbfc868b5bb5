using System.Buffers.Binary;

namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentMessage, the 20-byte header in front of every agent message:
/// <code>
/// uint32 protocol   VD_AGENT_PROTOCOL (1)
/// uint32 type       AgentMessageType
/// uint64 opaque
/// uint32 size       bytes of data that follow
/// </code>
/// </summary>
public readonly record struct AgentMessageHeader(uint Protocol, AgentMessageType Type, ulong Opaque, uint Size)
{
    public const int Length = 20;

    public static AgentMessageHeader For(AgentMessageType type, int size) => new(AgentLimits.Protocol, type, 0, checked((uint)size));

    public static AgentMessageHeader Read(ReadOnlySpan<byte> source)
    {
        if (source.Length < Length)
        {
            throw new AgentProtocolException($"agent message header needs {Length} bytes, got {source.Length}");
        }

        return new AgentMessageHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(source),
            (AgentMessageType)BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            BinaryPrimitives.ReadUInt64LittleEndian(source[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[16..]));
    }

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, Protocol);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], (uint)Type);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], Opaque);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[16..], Size);
    }
}
