using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentFileXferDataMessage (client to agent): uint32 id, uint64 size, uint8 data[size].</summary>
public sealed record FileXferData(uint Id, ReadOnlyMemory<byte> Data) : IAgentMessage<FileXferData>
{
    public const int HeaderLength = 12;

    public AgentMessageType Type => AgentMessageType.FileXferData;

    public static FileXferData Read(ref SpiceReader r, AgentFraming framing)
    {
        var id = r.ReadUInt32();
        var size = r.ReadUInt64();
        if (size > AgentLimits.MaxFileXferDataSize || size != (ulong)r.Remaining)
        {
            throw new AgentProtocolException($"file transfer data announces {size} bytes and carries {r.Remaining}");
        }

        return new FileXferData(id, r.ReadRemainingMemory());
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32(Id);
        w.WriteUInt64((ulong)Data.Length);
        w.WriteBytes(Data.Span);
    }
}
