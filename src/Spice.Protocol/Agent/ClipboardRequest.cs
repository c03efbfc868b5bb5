using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentClipboardRequest (both ways): [selection + 3 reserved], uint32 type wanted from the grabbing side.</summary>
public sealed record ClipboardRequest(ClipboardSelection Selection, ClipboardType DataType) : IAgentMessage<ClipboardRequest>
{
    public AgentMessageType Type => AgentMessageType.ClipboardRequest;

    public static ClipboardRequest Read(ref SpiceReader r, AgentFraming framing)
    {
        var selection = ClipboardPrefix.Read(ref r, framing);
        return new ClipboardRequest(selection, (ClipboardType)r.ReadUInt32());
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        ClipboardPrefix.Write(w, framing, Selection);
        w.WriteUInt32((uint)DataType);
    }
}
