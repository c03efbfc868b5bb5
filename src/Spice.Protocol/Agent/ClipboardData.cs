using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentClipboard (both ways): [selection + 3 reserved], uint32 type, uint8 data[] to the end.</summary>
public sealed record ClipboardData(ClipboardSelection Selection, ClipboardType DataType, ReadOnlyMemory<byte> Data) : IAgentMessage<ClipboardData>
{
    public AgentMessageType Type => AgentMessageType.Clipboard;

    public static ClipboardData Read(ref SpiceReader r, AgentFraming framing)
    {
        var selection = ClipboardPrefix.Read(ref r, framing);
        var type = (ClipboardType)r.ReadUInt32();
        if (r.Remaining > AgentLimits.MaxClipboardSize)
        {
            throw new AgentProtocolException($"clipboard data of {r.Remaining} bytes (limit {AgentLimits.MaxClipboardSize})");
        }

        return new ClipboardData(selection, type, r.ReadRemainingMemory());
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        ClipboardPrefix.Write(w, framing, Selection);
        w.WriteUInt32((uint)DataType);
        w.WriteBytes(Data.Span);
    }
}
